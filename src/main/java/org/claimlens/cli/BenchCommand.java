package org.claimlens.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.claimlens.document.Document;
import org.claimlens.document.InputError;
import org.claimlens.document.InputItem;
import org.claimlens.document.InputOptions;
import org.claimlens.document.Inputs;
import org.claimlens.model.SentenceClassifier;
import org.claimlens.pipeline.AnalyzedDocument;
import org.claimlens.pipeline.Analyzer;
import org.claimlens.pipeline.BatchRunner;
import org.claimlens.report.ArticleSummary;
import org.claimlens.report.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures throughput end to end (read → sentences → features → labels → CSV) against bare "
                + "CoreNLP tokenize+ssplit and tokenize+ssplit+pos on the same corpus in the same run, plus "
                + "start-up time to the first label, peak heap, and scaling from one thread to all.",
                "Default corpus: ../shared/corpus/health-news.jsonl beside the project when present, else the bundled sample."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--corpus", paramLabel = "PATH", description = "Corpus to run on (any input score accepts).")
    String corpus;

    @Mixin
    ThreadsOption threadsOption;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "1",
            description = "Run the end-to-end pass over the corpus K times in a row, to show peak heap does not grow with input size.")
    int repeat;

    @Option(names = "--skip-pos", description = "Skip the tokenize+ssplit+pos baseline (it is slow).")
    boolean skipPos;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "3",
            description = "Time each throughput run R times and report the median round (default: ${DEFAULT-VALUE}).")
    int rounds;

    private record Run(String name, int threads, long documents, long sentences, long characters, double seconds, long peakHeap) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int threads = threadsOption.count();
        String input = corpus != null ? corpus : defaultCorpus();
        long startupBegin = ManagementFactory.getRuntimeMXBean().getStartTime();
        SentenceClassifier classifier = modelOption.load();
        Analyzer analyzer = new Analyzer(classifier);
        analyzer.analyze(new Document("warm-up", "-", "One sentence is enough for a first label."));
        long firstLabelMillis = System.currentTimeMillis() - startupBegin;

        List<String> texts = readTexts(input);
        long characters = texts.stream().mapToLong(String::length).sum();
        out.printf(Locale.ROOT, "corpus %s: %d documents, %.1f MB of text; %d cores, max heap %d MB%n", input,
                texts.size(), characters / 1e6, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "start-up to first label (JVM start, model load, CoreNLP set-up): %.2f s%n%n", firstLabelMillis / 1e3);
        out.flush();

        List<Run> runs = new ArrayList<>();
        warmUp(analyzer, texts);
        runs.add(median(() -> bare("corenlp tokenize,ssplit", "tokenize,ssplit", texts, threads)));
        runs.add(median(() -> endToEnd(analyzer, input, 1, 1)));
        runs.add(median(() -> endToEnd(analyzer, input, threads, 1)));
        if (repeat > 1) {
            runs.add(endToEnd(analyzer, input, threads, repeat));
        }
        if (!skipPos) {
            runs.add(bare("corenlp tokenize,ssplit,pos", "tokenize,ssplit,pos", texts, threads));
        }

        out.printf(Locale.ROOT, "%-34s %7s %9s %10s %12s %7s %9s %13s%n", "run", "threads", "docs/s", "MB/s",
                "sentences/s", "seconds", "sentences", "peak heap MB");
        for (Run run : runs) {
            out.printf(Locale.ROOT, "%-34s %7d %9.1f %10.3f %12.0f %7.1f %9d %13d%n", run.name(), run.threads(),
                    run.documents() / run.seconds(), run.characters() / 1e6 / run.seconds(),
                    run.sentences() / run.seconds(), run.seconds(), run.sentences(), run.peakHeap() >> 20);
        }
        Run bare = runs.get(0);
        Run single = runs.get(1);
        Run multi = runs.get(2);
        out.printf(Locale.ROOT, "%nend to end / bare tokenize+ssplit (%d threads): %.2f%n", threads,
                rate(multi) / rate(bare));
        if (!skipPos) {
            out.printf(Locale.ROOT, "end to end / bare tokenize+ssplit+pos (%d threads): %.2f%n", threads,
                    rate(multi) / rate(runs.get(runs.size() - 1)));
        }
        out.printf(Locale.ROOT, "scaling, %d threads / 1 thread: %.2f×%n", threads, rate(multi) / rate(single));
        out.flush();
        return 0;
    }

    private interface Timed {
        Run run() throws Exception;
    }

    /** The median of {@link #rounds} timings, so one disturbed round on a busy machine does not decide. */
    private Run median(Timed timed) throws Exception {
        List<Run> all = new ArrayList<>();
        for (int i = 0; i < Math.max(1, rounds); i++) {
            all.add(timed.run());
        }
        all.sort(Comparator.comparingDouble(Run::seconds));
        return all.get(all.size() / 2);
    }

    private static double rate(Run run) {
        return run.characters() / run.seconds();
    }

    static String defaultCorpus() {
        Path shared = ModelOption.home().resolve("../shared/corpus/health-news.jsonl").normalize();
        return Files.isRegularFile(shared) ? shared.toString() : ModelOption.home().resolve("src/sample").toString();
    }

    static List<String> readTexts(String input) {
        List<String> texts = new ArrayList<>();
        try (Inputs inputs = new Inputs(List.of(input), InputOptions.defaults(), System.in)) {
            inputs.forEachRemaining(item -> {
                if (item instanceof InputItem.Readable readable) {
                    texts.add(readable.document().text());
                }
            });
        }
        return texts;
    }

    /** One untimed pass over a slice of the corpus so the JIT has compiled the hot paths before timing. */
    private void warmUp(Analyzer analyzer, List<String> texts) {
        texts.stream().limit(Math.max(20, texts.size() / 10))
                .forEach(t -> analyzer.analyze(new Document("warm-up", "-", t)));
    }

    private Run endToEnd(Analyzer analyzer, String input, int threadCount, int times) throws Exception {
        Path folder = Files.createTempDirectory("claimlens-bench");
        resetPeaks();
        long started = System.nanoTime();
        long[] chars = {0};
        BatchRunner.Tally tally;
        try (Inputs inputs = new Inputs(Collections.nCopies(times, input), InputOptions.defaults(), System.in);
                OutputFolder output = new OutputFolder(folder, OutputFolder.Format.CSV)) {
            tally = new BatchRunner(analyzer, threadCount).run(inputs, new BatchRunner.Sink<OutputFolder.Rows>() {
                @Override
                public OutputFolder.Rows render(long ordinal, AnalyzedDocument document) {
                    return output.render(document, ArticleSummary.of(document));
                }

                @Override
                public void document(AnalyzedDocument document, OutputFolder.Rows rows) throws Exception {
                    chars[0] += document.document().text().length();
                    output.write(rows);
                }

                @Override
                public void error(InputError error) throws Exception {
                    output.error(error);
                }
            });
            output.commit();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String name = times == 1 ? "claimlens end to end" : "claimlens end to end, corpus ×" + times;
        return new Run(name, threadCount, tally.documents(), tally.sentences(), chars[0], seconds, peakHeap());
    }

    private Run bare(String name, String annotators, List<String> texts, int threadCount) throws Exception {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // One pipeline per thread, as ClaimLens itself runs: the fastest way to run CoreNLP on several cores.
        ThreadLocal<StanfordCoreNLP> pipeline = ThreadLocal.withInitial(() -> new StanfordCoreNLP(props, false));
        texts.stream().limit(Math.max(20, texts.size() / 10)).forEach(t -> pipeline.get().annotate(new Annotation(t)));
        resetPeaks();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threadCount);
        long sentences = 0;
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (String text : texts) {
                futures.add(pool.submit(() -> {
                    Annotation annotation = new Annotation(text);
                    pipeline.get().annotate(annotation);
                    return annotation.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class).size();
                }));
            }
            for (Future<Integer> future : futures) {
                sentences += future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long characters = texts.stream().mapToLong(String::length).sum();
        return new Run(name, threadCount, texts.size(), sentences, characters, seconds, peakHeap());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
