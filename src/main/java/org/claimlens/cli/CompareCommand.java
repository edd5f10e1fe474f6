package org.claimlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.claimlens.document.Document;
import org.claimlens.features.FeatureExtractor;
import org.claimlens.features.FeatureSchema;
import org.claimlens.features.FeatureSet;
import org.claimlens.features.FeatureVector;
import org.claimlens.features.SentenceText;
import org.claimlens.model.Evaluation;
import org.claimlens.model.Label;
import org.claimlens.model.LabelledData;
import org.claimlens.model.LabelledSentence;
import org.claimlens.model.Scores;
import org.claimlens.model.SentenceClassifier;
import org.claimlens.model.Trainer;
import org.claimlens.model.TrainingOptions;
import org.claimlens.pipeline.Analyzer;
import org.claimlens.text.Annotators;
import org.claimlens.text.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares Weka learners and feature sets by cross-validation on the training data and on "
                + "held-out labelled files, or (with --learning-curve) the shipped configuration on growing "
                + "shares of the training data, or (with --ablation) the shipped configuration under each "
                + "CoreNLP annotator set and without each feature family, with the speed each costs. "
                + "Writes nothing; prints a table."})
final class CompareCommand implements Callable<Integer> {

    /** The learners compared in the README, with the options each was given. */
    static final List<String[]> LEARNERS = List.of(
            new String[] {"weka.classifiers.functions.Logistic", "-R 1.0 -M 500 -C"},
            new String[] {"weka.classifiers.functions.Logistic", "-R 10.0 -M 500 -C"},
            new String[] {"weka.classifiers.functions.Logistic", "-R 0.1 -M 500 -C"},
            new String[] {"weka.classifiers.functions.Logistic", "-R 100.0 -M 500 -C"},
            new String[] {"weka.classifiers.functions.SMO", "-M -C 0.1"},
            new String[] {"weka.classifiers.functions.SMO", "-M -C 0.1 -N 2"},
            new String[] {"weka.classifiers.functions.SMO", "-M -C 0.03 -N 2"},
            new String[] {"weka.classifiers.functions.SMO", "-M -C 0.3 -N 2"},
            new String[] {"weka.classifiers.trees.RandomForest", "-I 200 -K 0 -S 1 -num-slots 1"},
            new String[] {"weka.classifiers.bayes.NaiveBayesMultinomial", ""});

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR|FILE", defaultValue = "${sys:claimlens.home:-.}/training-data",
            description = "Training CSV files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--eval", paramLabel = "FILE.csv", description = "Held-out labelled file to score each model on (repeatable; with several, also all of them together).")
    List<Path> evalFiles = new ArrayList<>();

    @Option(names = "--feature-sets", paramLabel = "SET", split = ",", defaultValue = "CUES,NGRAMS,BOTH",
            description = "Feature sets to compare (default: ${DEFAULT-VALUE}).")
    List<FeatureSet> featureSets;

    @Option(names = "--learner", paramLabel = "CLASS", description = "Only learners whose class name contains CLASS (repeatable).")
    List<String> learnerFilter = new ArrayList<>();

    @Option(names = "--learning-curve", description = "Instead: the shipped configuration on 25, 50, 75 and 100%% of the data.")
    boolean learningCurve;

    @Option(names = "--ablation", description = "Instead: the shipped configuration with each annotator set "
            + "(tokenize+ssplit, +pos, +pos+lemma) and without each feature family, by cross-validation "
            + "and on the --eval files, with sentences/s end to end on --corpus and each extractor's cost "
            + "per sentence.")
    boolean ablation;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "10",
            description = "Cross-validation folds for every row (default: ${DEFAULT-VALUE}); 0 scores each "
                    + "model on the --eval files only, which is much faster.")
    int folds;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "Corpus for the ablation's speed figures (default: as for bench).")
    String corpus;

    @Option(names = "--speed-documents", paramLabel = "N", defaultValue = "500",
            description = "Documents of --corpus timed per annotator set (default: ${DEFAULT-VALUE}).")
    int speedDocuments;

    @Mixin
    ThreadsOption threads;

    /** Feature families dropped together in the ablation: each group is one kind of evidence. */
    static final List<List<String>> FAMILY_GROUPS = List.of(List.of("cue"), List.of("hedge", "booster"),
            List.of("caveat"), List.of("cite"), List.of("num"), List.of("design", "context", "source"),
            List.of("voice"), List.of("pos"), List.of("shape"), List.of("mix"), List.of("contrast"), List.of("ngram"));

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = LabelledData.files(data);
        List<LabelledSentence> training = LabelledData.read(files);
        List<List<LabelledSentence>> held = new ArrayList<>();
        for (Path file : evalFiles) {
            held.add(LabelledData.read(file));
        }
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-46s %-7s %6s %8s %8s",
                "learner", "features", "n", "cv_F1", "cv_ECE"));
        for (Path file : evalFiles) {
            header.append(String.format(Locale.ROOT, " %14s", file.getFileName() + "_F1"));
        }
        if (held.size() > 1) {
            // One figure over every held-out sentence: a small file alone moves by a sentence's worth.
            held.add(held.stream().flatMap(List::stream).toList());
            header.append(String.format(Locale.ROOT, " %14s", "all_F1"));
        }
        out.println(header.append(String.format(Locale.ROOT, " %8s", "seconds")));
        out.flush();
        if (ablation) {
            ablation(out, training, held);
            return 0;
        }
        if (learningCurve) {
            for (int percent : List.of(25, 50, 75, 100)) {
                row(out, TrainingOptions.shipped().withFolds(folds), subset(training, percent), held, percent + "%");
            }
            return 0;
        }
        for (String[] learner : LEARNERS) {
            if (!learnerFilter.isEmpty() && learnerFilter.stream().noneMatch(learner[0]::contains)) {
                continue;
            }
            for (FeatureSet set : featureSets) {
                row(out, TrainingOptions.shipped().withFolds(folds).with(set, learner[0], learner[1]), training,
                        held, set.name());
            }
        }
        return 0;
    }

    private void ablation(PrintWriter out, List<LabelledSentence> training, List<List<LabelledSentence>> held)
            throws Exception {
        List<String> texts = BenchCommand.readTexts(corpus != null ? corpus : BenchCommand.defaultCorpus());
        List<String> timed = texts.subList(0, Math.min(texts.size(), Math.max(1, speedDocuments)));
        TrainingOptions shipped = TrainingOptions.shipped().withFolds(folds);
        SentenceClassifier shippedClassifier = null;
        for (Annotators annotators : Annotators.values()) {
            SentenceClassifier classifier = row(out, shipped.withAnnotators(annotators), training, held,
                    annotators.corenlp());
            out.printf(Locale.ROOT, "    %s: %,.0f sentences/s end to end (%d documents, %d threads)%n",
                    annotators.corenlp(), sentencesPerSecond(classifier, timed), timed.size(), threads.count());
            out.flush();
            if (annotators == shipped.annotators()) {
                shippedClassifier = classifier;
            }
        }
        for (List<String> families : FAMILY_GROUPS) {
            row(out, shipped.without(families), training, held, "-" + String.join(",-", families));
        }
        extractorCosts(out, shippedClassifier.schema(), timed);
    }

    /** Documents → sentences → features → labels on {@code --threads} threads, after one untimed pass. */
    private double sentencesPerSecond(SentenceClassifier classifier, List<String> texts) throws Exception {
        Analyzer analyzer = new Analyzer(classifier);
        ExecutorService pool = Executors.newFixedThreadPool(threads.count());
        try {
            runAll(pool, analyzer, texts.subList(0, Math.max(1, texts.size() / 10)));
            long started = System.nanoTime();
            long sentences = runAll(pool, analyzer, texts);
            return sentences / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long runAll(ExecutorService pool, Analyzer analyzer, List<String> texts) throws Exception {
        return BenchCommand.sentencesInParallel(pool, texts,
                text -> analyzer.analyze(new Document("timed", "-", text)).sentences().size());
    }

    /** Each extractor's share of feature time, over the sentences of {@code texts}, on one thread. */
    private static void extractorCosts(PrintWriter out, FeatureSchema schema, List<String> texts) {
        SentenceSplitter splitter = SentenceSplitter.shared(schema.annotators());
        List<SentenceText> sentences = new ArrayList<>();
        texts.forEach(text -> splitter.split(text).forEach(s -> sentences.add(new SentenceText(s))));
        List<FeatureExtractor> extractors = schema.extractors();
        long[] nanos = new long[extractors.size()];
        for (int round = 0; round < 2; round++) {
            Arrays.fill(nanos, 0);
            for (SentenceText sentence : sentences) {
                FeatureVector vector = new FeatureVector();
                for (int i = 0; i < extractors.size(); i++) {
                    long started = System.nanoTime();
                    extractors.get(i).extract(sentence, vector);
                    nanos[i] += System.nanoTime() - started;
                }
            }
        }
        out.printf(Locale.ROOT, "%nfeature extraction cost, %d sentences, one thread%n%-22s %14s%n",
                sentences.size(), "extractor", "µs/sentence");
        for (int i = 0; i < extractors.size(); i++) {
            out.printf(Locale.ROOT, "%-22s %14.2f%n", extractors.get(i).getClass().getSimpleName(),
                    nanos[i] / 1e3 / sentences.size());
        }
        out.flush();
    }

    private SentenceClassifier row(PrintWriter out, TrainingOptions options, List<LabelledSentence> training,
            List<List<LabelledSentence>> held, String variant) throws Exception {
        long started = System.nanoTime();
        Trainer.Result result = Trainer.train(training, "compare", options);
        SentenceClassifier classifier = new SentenceClassifier(result.bundle());
        String name = options.classifier().substring(options.classifier().lastIndexOf('.') + 1) + " " + options.options();
        Scores cv = result.crossValidation();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-46s %-7s %6d %8s %8s", name, variant,
                training.size(), cv == null ? "-" : String.format(Locale.ROOT, "%.3f", cv.macroF1()),
                cv == null ? "-" : String.format(Locale.ROOT, "%.3f", cv.expectedCalibrationError())));
        for (List<LabelledSentence> sentences : held) {
            line.append(String.format(Locale.ROOT, " %14.3f", Evaluation.of(classifier, sentences).scores().macroF1()));
        }
        line.append(String.format(Locale.ROOT, " %8.1f", (System.nanoTime() - started) / 1e9));
        out.println(line);
        out.flush();
        return classifier;
    }

    /** A stratified share of the data: the same sentences every run (fixed seed), every label in proportion. */
    static List<LabelledSentence> subset(List<LabelledSentence> data, int percent) {
        List<LabelledSentence> chosen = new ArrayList<>();
        for (Label label : Label.values()) {
            List<LabelledSentence> ofLabel = new ArrayList<>(data.stream().filter(s -> s.label() == label).toList());
            Collections.shuffle(ofLabel, new Random(label.ordinal() + 1L));
            chosen.addAll(ofLabel.subList(0, (int) Math.round(ofLabel.size() * percent / 100.0)));
        }
        return chosen;
    }
}
