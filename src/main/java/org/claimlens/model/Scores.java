package org.claimlens.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accuracy figures for a set of predictions against gold labels: per-label precision, recall and F1,
 * macro-F1, accuracy, the confusion matrix (rows gold, columns predicted, in {@link Label} order),
 * and calibration (expected calibration error over ten equal-width confidence bins).
 */
public final class Scores {

    /** One label's figures; {@code support} is the number of gold sentences with that label. */
    public record LabelScore(double precision, double recall, double f1, int support) {
    }

    /** One confidence bin of the reliability table. */
    public record Bin(double from, double to, int count, double meanConfidence, double accuracy) {
    }

    private static final int BINS = 10;

    private final int[][] confusion = new int[Label.values().length][Label.values().length];
    private final List<Bin> reliability = new ArrayList<>();
    private final double expectedCalibrationError;
    private final int n;

    /**
     * @param probabilities the predicted distribution of each sentence, or {@code null} when the
     *     predictions carry none (calibration figures are then zero)
     */
    public Scores(List<Label> gold, List<Label> predicted, List<double[]> probabilities) {
        if (gold.size() != predicted.size() || (probabilities != null && probabilities.size() != gold.size())) {
            throw new IllegalArgumentException("gold, predicted and probabilities differ in length");
        }
        n = gold.size();
        for (int i = 0; i < n; i++) {
            confusion[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
        }
        int[] count = new int[BINS];
        double[] confidence = new double[BINS];
        int[] correct = new int[BINS];
        if (probabilities != null) {
            for (int i = 0; i < n; i++) {
                double p = probabilities.get(i)[predicted.get(i).ordinal()];
                int bin = Math.min(BINS - 1, (int) (p * BINS));
                count[bin]++;
                confidence[bin] += p;
                if (gold.get(i) == predicted.get(i)) {
                    correct[bin]++;
                }
            }
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            double meanConfidence = count[b] == 0 ? 0 : confidence[b] / count[b];
            double accuracy = count[b] == 0 ? 0 : (double) correct[b] / count[b];
            reliability.add(new Bin((double) b / BINS, (double) (b + 1) / BINS, count[b], meanConfidence, accuracy));
            ece += n == 0 ? 0 : (double) count[b] / n * Math.abs(meanConfidence - accuracy);
        }
        expectedCalibrationError = ece;
    }

    public int n() {
        return n;
    }

    public int[][] confusion() {
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    public double accuracy() {
        int correct = 0;
        for (int i = 0; i < confusion.length; i++) {
            correct += confusion[i][i];
        }
        return n == 0 ? 0 : (double) correct / n;
    }

    public LabelScore score(Label label) {
        int l = label.ordinal();
        int truePositive = confusion[l][l];
        int predicted = 0;
        int gold = 0;
        for (int i = 0; i < confusion.length; i++) {
            predicted += confusion[i][l];
            gold += confusion[l][i];
        }
        double precision = predicted == 0 ? 0 : (double) truePositive / predicted;
        double recall = gold == 0 ? 0 : (double) truePositive / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LabelScore(precision, recall, f1, gold);
    }

    /** The mean F1 over the labels that occur in the gold data or the predictions. */
    public double macroF1() {
        double sum = 0;
        int labels = 0;
        for (Label label : Label.values()) {
            int l = label.ordinal();
            int seen = 0;
            for (int i = 0; i < confusion.length; i++) {
                seen += confusion[i][l] + confusion[l][i];
            }
            if (seen > 0) {
                sum += score(label).f1();
                labels++;
            }
        }
        return labels == 0 ? 0 : sum / labels;
    }

    public double expectedCalibrationError() {
        return expectedCalibrationError;
    }

    public List<Bin> reliability() {
        return List.copyOf(reliability);
    }

    /** The figures as plain maps and lists, with the keys documented for {@code evaluate --json}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", n);
        json.put("accuracy", round(accuracy()));
        json.put("macro_f1", round(macroF1()));
        Map<String, Object> perLabel = new LinkedHashMap<>();
        for (Label label : Label.values()) {
            LabelScore s = score(label);
            perLabel.put(label.id(), Map.of("precision", round(s.precision()), "recall", round(s.recall()),
                    "f1", round(s.f1()), "support", s.support()));
        }
        json.put("per_label", perLabel);
        json.put("labels", List.of(Label.values()).stream().map(Label::id).toList());
        json.put("confusion", confusion());
        json.put("ece", round(expectedCalibrationError));
        return json;
    }

    /** A plain-text report: per-label table, macro-F1, accuracy, confusion matrix, reliability table. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %9s %9s %9s %8s%n", "label", "precision", "recall", "f1", "support"));
        for (Label label : Label.values()) {
            LabelScore s = score(label);
            out.append(String.format(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f %8d%n",
                    label.id(), s.precision(), s.recall(), s.f1(), s.support()));
        }
        out.append(String.format(Locale.ROOT, "%nmacro-F1 %.3f   accuracy %.3f   n %d   ECE %.3f%n%n",
                macroF1(), accuracy(), n, expectedCalibrationError));
        out.append("confusion (rows gold, columns predicted)\n");
        out.append(String.format(Locale.ROOT, "%-12s", ""));
        for (Label label : Label.values()) {
            out.append(String.format(Locale.ROOT, " %11s", label.id()));
        }
        out.append('\n');
        for (Label gold : Label.values()) {
            out.append(String.format(Locale.ROOT, "%-12s", gold.id()));
            for (Label predicted : Label.values()) {
                out.append(String.format(Locale.ROOT, " %11d", confusion[gold.ordinal()][predicted.ordinal()]));
            }
            out.append('\n');
        }
        out.append("\nreliability (confidence of the chosen label)\n");
        out.append(String.format(Locale.ROOT, "%-11s %6s %11s %9s%n", "bin", "count", "confidence", "accuracy"));
        for (Bin bin : reliability) {
            if (bin.count() > 0) {
                out.append(String.format(Locale.ROOT, "%.1f–%.1f    %6d %11.3f %9.3f%n",
                        bin.from(), bin.to(), bin.count(), bin.meanConfidence(), bin.accuracy()));
            }
        }
        return out.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
