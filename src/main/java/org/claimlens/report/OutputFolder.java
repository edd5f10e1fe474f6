package org.claimlens.report;

import java.io.IOException;
import java.nio.file.Path;
import org.claimlens.document.InputError;
import org.claimlens.io.AtomicFile;
import org.claimlens.pipeline.AnalyzedDocument;

/**
 * The batch output folder: {@code sentences.csv}, {@code articles.csv} (or their {@code .jsonl}
 * twins) and {@code errors.csv}, each written atomically when the run completes.
 */
public final class OutputFolder implements AutoCloseable {

    public enum Format { CSV, JSONL }

    private final AtomicFile sentencesFile;
    private final AtomicFile articlesFile;
    private final AtomicFile errorsFile;
    private final TableWriter sentences;
    private final TableWriter articles;
    private final TableWriter errors;

    public OutputFolder(Path folder, Format format) throws IOException {
        String extension = format == Format.CSV ? ".csv" : ".jsonl";
        sentencesFile = new AtomicFile(folder.resolve("sentences" + extension));
        articlesFile = new AtomicFile(folder.resolve("articles" + extension));
        errorsFile = new AtomicFile(folder.resolve("errors.csv"));
        sentences = format == Format.CSV
                ? TableWriter.csv(sentencesFile.writer(), Tables.SENTENCE_COLUMNS)
                : TableWriter.jsonl(sentencesFile.writer());
        articles = format == Format.CSV
                ? TableWriter.csv(articlesFile.writer(), Tables.ARTICLE_COLUMNS)
                : TableWriter.jsonl(articlesFile.writer());
        errors = TableWriter.csv(errorsFile.writer(), Tables.ERROR_COLUMNS);
    }

    /** A document's rows, formatted; made by {@link #render}, written by {@link #write}. */
    public record Rows(String sentences, String article) {
    }

    /** Formats a document's rows; pure, so it may run on any thread. */
    public Rows render(AnalyzedDocument document, ArticleSummary summary) {
        return new Rows(Tables.sentenceRows(sentences, document), articles.render(Tables.articleRow(summary)));
    }

    /** Appends rows from {@link #render}, in the order documents should appear. */
    public void write(Rows rows) throws IOException {
        sentences.writeRendered(rows.sentences());
        articles.writeRendered(rows.article());
    }

    public void document(AnalyzedDocument document, ArticleSummary summary) throws IOException {
        write(render(document, summary));
    }

    public void error(InputError error) throws IOException {
        errors.write(Tables.errorRow(error));
    }

    /** Makes all three files visible; until then the previous files, if any, stay in place. */
    public void commit() throws IOException {
        sentences.close();
        articles.close();
        errors.close();
        sentencesFile.commit();
        articlesFile.commit();
        errorsFile.commit();
    }

    @Override
    public void close() throws IOException {
        sentencesFile.close();
        articlesFile.close();
        errorsFile.close();
    }
}
