package org.claimlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.claimlens.features.FeatureSet;
import org.claimlens.model.Evaluation;
import org.claimlens.model.Label;
import org.claimlens.model.LabelledData;
import org.claimlens.model.LabelledSentence;
import org.claimlens.model.SentenceClassifier;
import org.claimlens.model.Trainer;
import org.claimlens.model.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares Weka learners and feature sets by cross-validation on the training data and on "
                + "held-out labelled files, or (with --learning-curve) the shipped configuration on growing "
                + "shares of the training data. Writes nothing; prints a table."})
final class CompareCommand implements Callable<Integer> {

    /** The learners compared in the README, with the options each was given. */
    static final List<String[]> LEARNERS = List.of(
            new String[] {"weka.classifiers.functions.Logistic", "-R 1.0 -M 500 -C"},
            new String[] {"weka.classifiers.functions.Logistic", "-R 10.0 -M 500 -C"},
            new String[] {"weka.classifiers.functions.Logistic", "-R 0.1 -M 500 -C"},
            new String[] {"weka.classifiers.functions.SMO", "-M -C 0.1"},
            new String[] {"weka.classifiers.trees.RandomForest", "-I 200 -K 0 -S 1 -num-slots 1"},
            new String[] {"weka.classifiers.bayes.NaiveBayesMultinomial", ""});

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR|FILE", defaultValue = "${sys:claimlens.home:-.}/training-data",
            description = "Training CSV files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--eval", paramLabel = "FILE.csv", description = "Held-out labelled file to score each model on (repeatable).")
    List<Path> evalFiles = new ArrayList<>();

    @Option(names = "--feature-sets", paramLabel = "SET", split = ",", defaultValue = "CUES,NGRAMS,BOTH",
            description = "Feature sets to compare (default: ${DEFAULT-VALUE}).")
    List<FeatureSet> featureSets;

    @Option(names = "--learner", paramLabel = "CLASS", description = "Only learners whose class name contains CLASS (repeatable).")
    List<String> learnerFilter = new ArrayList<>();

    @Option(names = "--learning-curve", description = "Instead: the shipped configuration on 25, 50, 75 and 100% of the data.")
    boolean learningCurve;

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
        out.println(header.append(String.format(Locale.ROOT, " %8s", "seconds")));
        out.flush();
        if (learningCurve) {
            for (int percent : List.of(25, 50, 75, 100)) {
                row(out, TrainingOptions.shipped(), subset(training, percent), held, percent + "%");
            }
            return 0;
        }
        for (String[] learner : LEARNERS) {
            if (!learnerFilter.isEmpty() && learnerFilter.stream().noneMatch(learner[0]::contains)) {
                continue;
            }
            for (FeatureSet set : featureSets) {
                row(out, TrainingOptions.shipped().with(set, learner[0], learner[1]), training, held, set.name());
            }
        }
        return 0;
    }

    private void row(PrintWriter out, TrainingOptions options, List<LabelledSentence> training,
            List<List<LabelledSentence>> held, String variant) throws Exception {
        long started = System.nanoTime();
        Trainer.Result result = Trainer.train(training, "compare", options);
        SentenceClassifier classifier = new SentenceClassifier(result.bundle());
        String name = options.classifier().substring(options.classifier().lastIndexOf('.') + 1) + " " + options.options();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-46s %-7s %6d %8.3f %8.3f", name, variant,
                training.size(), result.crossValidation().macroF1(), result.crossValidation().expectedCalibrationError()));
        for (List<LabelledSentence> sentences : held) {
            line.append(String.format(Locale.ROOT, " %14.3f", Evaluation.of(classifier, sentences).scores().macroF1()));
        }
        line.append(String.format(Locale.ROOT, " %8.1f", (System.nanoTime() - started) / 1e9));
        out.println(line);
        out.flush();
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
