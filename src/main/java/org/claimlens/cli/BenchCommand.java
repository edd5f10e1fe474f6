package org.claimlens.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
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

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "5",
            description = "Time each throughput run R times and report the median round, and R paired rounds in which bare tokenize+ssplit and the end-to-end run take turns slice by slice over the corpus (default: ${DEFAULT-VALUE}).")
    int rounds;

    private record Run(String name, int threads, long documents, long sentences, long characters, double seconds, long peakHeap) {
    }

    /** How many slices the corpus is cut into for the paired comparison. */
    private static final int SLICES = 4;

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
        List<Double> pairedRatios = new ArrayList<>();
        Path slices = Files.createTempDirectory("claimlens-bench-slices");
        try (BareCoreNlp bare = new BareCoreNlp("tokenize,ssplit", texts, threads)) {
            runs.add(median(rounds(() -> bare.run("corenlp tokenize,ssplit", texts))));
            runs.add(median(rounds(() -> endToEnd(analyzer, input, 1, 1))));
            runs.add(median(rounds(() -> endToEnd(analyzer, input, threads, 1))));
            List<Slice> corpusSlices = Slice.cut(texts, SLICES, slices);
            for (int round = 0; round < Math.max(1, rounds); round++) {
                pairedRatios.add(pairedRatio(analyzer, bare, corpusSlices, threads, round));
            }
        } finally {
            deleteTree(slices);
        }
        Run multi = runs.get(2);
        if (repeat > 1) {
            runs.add(endToEnd(analyzer, input, threads, repeat));
        }
        Run pos = null;
        if (!skipPos) {
            try (BareCoreNlp bare = new BareCoreNlp("tokenize,ssplit,pos", texts, threads)) {
                pos = bare.run("corenlp tokenize,ssplit,pos", texts);
            }
            runs.add(pos);
        }

        out.printf(Locale.ROOT, "%-34s %7s %9s %10s %12s %7s %9s %13s%n", "run", "threads", "docs/s", "MB/s",
                "sentences/s", "seconds", "sentences", "peak heap MB");
        for (Run run : runs) {
            out.printf(Locale.ROOT, "%-34s %7d %9.1f %10.3f %12.0f %7.1f %9d %13d%n", run.name(), run.threads(),
                    run.documents() / run.seconds(), run.characters() / 1e6 / run.seconds(),
                    run.sentences() / run.seconds(), run.seconds(), run.sentences(), run.peakHeap() >> 20);
        }
        Run single = runs.get(1);
        out.printf(Locale.ROOT, "%nend to end / bare tokenize+ssplit (%d threads): %.2f%n", threads, rate(multi) / rate(runs.get(0)));
        List<Double> sorted = new ArrayList<>(pairedRatios);
        Collections.sort(sorted);
        out.printf(Locale.ROOT, "the same, paired: %.2f (median of %d rounds over %d slices of the corpus, the two runs "
                        + "taking turns slice by slice: %s)%n", sorted.get(sorted.size() / 2), pairedRatios.size(), SLICES,
                String.join(", ", pairedRatios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList()));
        if (pos != null) {
            out.printf(Locale.ROOT, "end to end / bare tokenize+ssplit+pos (%d threads): %.2f%n", threads,
                    rate(multi) / rate(pos));
        }
        out.printf(Locale.ROOT, "scaling, %d threads / 1 thread: %.2f×%n", threads, rate(multi) / rate(single));
        out.flush();
        return 0;
    }

    /**
     * End to end against bare CoreNLP over the same slices, the two taking turns going first slice
     * by slice: a machine that slows down or speeds up during the run then moves both sides of the
     * ratio alike. Each end-to-end slice pays for opening its input and output, so this ratio is, if
     * anything, lower than the whole-corpus one.
     */
    private double pairedRatio(Analyzer analyzer, BareCoreNlp bare, List<Slice> slices, int threads, int round)
            throws Exception {
        double bareSeconds = 0;
        double endToEndSeconds = 0;
        for (int i = 0; i < slices.size(); i++) {
            Slice slice = slices.get(i);
            if ((i + round) % 2 == 0) {
                bareSeconds += bare.run("bare", slice.texts()).seconds();
                endToEndSeconds += endToEnd(analyzer, slice.file().toString(), threads, 1).seconds();
            } else {
                endToEndSeconds += endToEnd(analyzer, slice.file().toString(), threads, 1).seconds();
                bareSeconds += bare.run("bare", slice.texts()).seconds();
            }
        }
        return bareSeconds / endToEndSeconds;
    }

    private interface Timed {
        Run run() throws Exception;
    }

    /** {@link #rounds} timings of one run. */
    private List<Run> rounds(Timed timed) throws Exception {
        List<Run> all = new ArrayList<>();
        for (int i = 0; i < Math.max(1, rounds); i++) {
            all.add(timed.run());
        }
        return all;
    }

    /** The median round, so one disturbed round on a busy machine does not decide. */
    private static Run median(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::seconds));
        return sorted.get(sorted.size() / 2);
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
            deleteTree(folder);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String name = times == 1 ? "claimlens end to end" : "claimlens end to end, corpus ×" + times;
        return new Run(name, threadCount, tally.documents(), tally.sentences(), chars[0], seconds, peakHeap());
    }

    /**
     * Bare CoreNLP on the texts: one pipeline per worker thread, as ClaimLens itself runs (the fastest
     * way to run CoreNLP on several cores). The workers and their pipelines are built and warmed before
     * the first timed round and kept for the next, so no round pays for setting them up.
     */
    private static final class BareCoreNlp implements AutoCloseable {

        private final int threadCount;
        private final ExecutorService pool;
        private final ThreadLocal<StanfordCoreNLP> pipeline;

        BareCoreNlp(String annotators, List<String> texts, int threadCount) throws Exception {
            this.threadCount = threadCount;
            Properties props = new Properties();
            props.setProperty("annotators", annotators);
            props.setProperty("ssplit.newlineIsSentenceBreak", "two");
            this.pipeline = ThreadLocal.withInitial(() -> new StanfordCoreNLP(props, false));
            this.pool = Executors.newFixedThreadPool(threadCount);
            annotateAll(texts.subList(0, Math.min(texts.size(), Math.max(20 * threadCount, texts.size() / 10))));
        }

        Run run(String name, List<String> texts) throws Exception {
            resetPeaks();
            long started = System.nanoTime();
            long sentences = annotateAll(texts);
            double seconds = (System.nanoTime() - started) / 1e9;
            long characters = texts.stream().mapToLong(String::length).sum();
            return new Run(name, threadCount, texts.size(), sentences, characters, seconds, peakHeap());
        }

        private long annotateAll(List<String> batch) throws Exception {
            return sentencesInParallel(pool, batch, text -> {
                Annotation annotation = new Annotation(text);
                pipeline.get().annotate(annotation);
                return annotation.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class).size();
            });
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** Splits every text on {@code pool}, in parallel, and adds up how many sentences each gave. */
    static long sentencesInParallel(ExecutorService pool, List<String> texts, ToIntFunction<String> sentencesOf)
            throws Exception {
        List<Future<Integer>> futures = new ArrayList<>();
        for (String text : texts) {
            futures.add(pool.submit(() -> sentencesOf.applyAsInt(text)));
        }
        long sentences = 0;
        for (Future<Integer> future : futures) {
            sentences += future.get();
        }
        return sentences;
    }

    /** A run of consecutive documents, as texts for bare CoreNLP and as a JSON-lines file for ClaimLens to read. */
    private record Slice(List<String> texts, Path file) {

        static List<Slice> cut(List<String> texts, int count, Path folder) throws Exception {
            List<Slice> slices = new ArrayList<>();
            int size = Math.max(1, (texts.size() + count - 1) / count);
            for (int from = 0; from < texts.size(); from += size) {
                List<String> part = texts.subList(from, Math.min(texts.size(), from + size));
                Path file = folder.resolve("slice-" + slices.size() + ".jsonl");
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < part.size(); i++) {
                    lines.add(JSON.writeValueAsString(Map.of("id", "d" + (from + i), "text", part.get(i))));
                }
                Files.write(file, lines, StandardCharsets.UTF_8);
                slices.add(new Slice(part, file));
            }
            return slices;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
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
