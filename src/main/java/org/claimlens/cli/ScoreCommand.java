package org.claimlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimlens.document.InputError;
import org.claimlens.document.InputOptions;
import org.claimlens.document.Inputs;
import org.claimlens.model.SentenceClassifier;
import org.claimlens.pipeline.AnalyzedDocument;
import org.claimlens.pipeline.Analyzer;
import org.claimlens.pipeline.BatchRunner;
import org.claimlens.report.ArticleSummary;
import org.claimlens.report.HtmlReport;
import org.claimlens.report.OutputFolder;
import org.claimlens.report.TableWriter;
import org.claimlens.report.Tables;
import org.claimlens.report.TerminalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Labels every sentence of the given documents and summarises each document.",
                "Inputs: .txt, .md and .html files, folders (recursively), .csv and .jsonl corpora "
                        + "(one document per record), and - for standard input.",
                "Exit code 0 only when every input was scored; inputs that could not be read are reported "
                        + "on standard error (and in errors.csv with --out) and the run goes on."})
final class ScoreCommand implements Callable<Integer> {

    enum Format { table, csv, jsonl }

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, corpora, or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table (readable, the default), csv or jsonl. With --out it picks the files' format (csv or jsonl).")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write sentences, articles and errors tables to DIR instead of standard output.")
    Path out;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
    Path html;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files in folders matching GLOB (repeatable), e.g. '**/*.html'.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files in folders matching GLOB (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id",
            description = "Corpus column or field with the document id (default: ${DEFAULT-VALUE}; records are numbered if absent).")
    String idColumn;

    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text",
            description = "Corpus column or field with the document text (default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--max-document-chars", paramLabel = "N", defaultValue = "10000000",
            description = "Refuse (and report) documents longer than N characters (default: ${DEFAULT-VALUE}).")
    int maxDocumentChars;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "200",
            description = "Cut longer sentences into consecutive pieces of N tokens (default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (out != null && format == Format.table) {
            format = Format.csv;
        }
        SentenceClassifier classifier = modelOption.load();
        Analyzer analyzer = new Analyzer(classifier, maxSentenceTokens);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        InputOptions options = new InputOptions(include, exclude, idColumn, textColumn, maxDocumentChars);
        Progress progress = Progress.forTerminal(stderr, quiet, Progress.totalBytes(inputs));

        try (Inputs items = new Inputs(inputs, options, System.in);
                Outputs outputs = new Outputs(stdout, stderr, progress)) {
            BatchRunner.Tally tally = new BatchRunner(analyzer, threads.count()).run(items, outputs);
            outputs.commit();
            progress.finish();
            stderr.println(tally.describe());
            stderr.flush();
            return tally.errors() == 0 ? 0 : 1;
        }
    }

    /** Sends each result to every output the options asked for. */
    private final class Outputs implements BatchRunner.Sink<Outputs.Rendered>, AutoCloseable {

        /** One document as each output will write it; the outputs not asked for are null. */
        record Rendered(OutputFolder.Rows folder, HtmlReport.Section html, String terminal, String rows) {
        }

        private final PrintWriter stderr;
        private final Progress progress;
        private final OutputFolder folder;
        private final HtmlReport htmlReport;
        private final TerminalReport terminal;
        private final TableWriter rows;

        Outputs(PrintWriter stdout, PrintWriter stderr, Progress progress) throws IOException {
            this.stderr = stderr;
            this.progress = progress;
            this.folder = out == null ? null
                    : new OutputFolder(out, format == Format.jsonl ? OutputFolder.Format.JSONL : OutputFolder.Format.CSV);
            this.htmlReport = html == null ? null : new HtmlReport(html);
            this.terminal = out == null && format == Format.table ? new TerminalReport(stdout, Progress.terminalWidth()) : null;
            this.rows = out != null || format == Format.table ? null
                    : format == Format.csv ? TableWriter.csv(stdout, Tables.SENTENCE_COLUMNS) : TableWriter.jsonl(stdout);
        }

        @Override
        public Rendered render(long ordinal, AnalyzedDocument document) {
            ArticleSummary summary = ArticleSummary.of(document);
            return new Rendered(folder == null ? null : folder.render(document, summary),
                    htmlReport == null ? null : htmlReport.render(ordinal, document, summary),
                    terminal == null ? null : terminal.render(document, summary),
                    rows == null ? null : Tables.sentenceRows(rows, document));
        }

        @Override
        public void document(AnalyzedDocument document, Rendered rendered) throws IOException {
            if (folder != null) {
                folder.write(rendered.folder());
            }
            if (htmlReport != null) {
                htmlReport.write(rendered.html());
            }
            if (terminal != null) {
                progress.clear();
                terminal.write(rendered.terminal());
            }
            if (rows != null) {
                rows.writeRendered(rendered.rows());
            }
            progress.advance(document.document().text().length(), document.sentences().size(), false);
        }

        @Override
        public void error(InputError error) throws IOException {
            progress.clear();
            stderr.println("claimlens: " + error.message());
            stderr.flush();
            if (folder != null) {
                folder.error(error);
            }
            progress.advance(0, 0, true);
        }

        void commit() throws IOException {
            if (rows != null) {
                rows.close();
            }
            if (folder != null) {
                folder.commit();
            }
            if (htmlReport != null) {
                htmlReport.commit();
            }
        }

        @Override
        public void close() throws IOException {
            if (folder != null) {
                folder.close();
            }
            if (htmlReport != null) {
                htmlReport.close();
            }
        }
    }
}
