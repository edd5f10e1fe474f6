package org.claimlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimlens.model.Evaluation;
import org.claimlens.model.LabelledData;
import org.claimlens.model.LabelledSentence;
import org.claimlens.model.Prediction;
import org.claimlens.model.Scores;
import org.claimlens.model.SentenceClassifier;
import org.claimlens.report.Cues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores labelled sentences (CSV with text,label columns) and prints per-label precision, recall "
                + "and F1, macro-F1, accuracy, the confusion matrix and a calibration table.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Parameters(paramLabel = "FILE.csv", arity = "1..*", description = "Labelled CSV files, scored together.")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON object with keys macro_f1, accuracy, per_label, confusion, n (and labels, ece).")
    boolean json;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Also list the N most confident mistakes with the cues behind them.")
    int errors;

    @Override
    public Integer call() throws Exception {
        SentenceClassifier classifier = modelOption.load();
        List<LabelledSentence> sentences = LabelledData.read(files);
        Evaluation evaluation = Evaluation.of(classifier, sentences);
        List<Prediction> predictions = evaluation.predictions();
        Scores scores = evaluation.scores();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> figures = scores.toJson();
            out.println(new ObjectMapper().writeValueAsString(figures));
        } else {
            out.printf("%d sentences from %s%n%n", sentences.size(), files);
            out.print(scores.toText());
        }
        if (errors > 0) {
            List<Integer> wrong = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (predictions.get(i).label() != sentences.get(i).label()) {
                    wrong.add(i);
                }
            }
            wrong.sort(Comparator.comparingDouble((Integer i) -> -predictions.get(i).probability()));
            out.printf("%nmost confident mistakes%n");
            for (int i : wrong.subList(0, Math.min(errors, wrong.size()))) {
                LabelledSentence s = sentences.get(i);
                Prediction p = predictions.get(i);
                out.printf(Locale.ROOT, "%n%s  gold %s, predicted %s (%.2f)%n  %s%n  cues: %s%n", s.id(), s.label(),
                        p.label(), p.probability(), s.text(), Cues.format(p.cues()));
            }
        }
        out.flush();
        return 0;
    }
}
