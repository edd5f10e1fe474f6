package org.claimlens.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import weka.classifiers.functions.Logistic;

/**
 * The coefficients of a trained Weka {@link Logistic} model, per attribute and label. Weka fixes the
 * last class's coefficients at zero; here every attribute's weights are centred across the labels,
 * which leaves the probabilities unchanged (softmax ignores a shift common to all labels) but makes
 * each label's weight read as "toward this label rather than the others".
 */
final class LinearWeights {

    private final Map<String, Integer> indexByName = new HashMap<>();
    private final double[][] weights;
    private final double[] bias;

    private LinearWeights(List<String> attributes, double[][] weights, double[] bias) {
        for (int i = 0; i < attributes.size(); i++) {
            indexByName.put(attributes.get(i), i);
        }
        this.weights = weights;
        this.bias = bias;
    }

    static LinearWeights of(Logistic logistic, List<String> attributes) {
        double[][] coefficients = logistic.coefficients();
        if (coefficients.length != attributes.size() + 1) {
            throw new IllegalStateException("the logistic model has " + (coefficients.length - 1)
                    + " coefficients for " + attributes.size() + " attributes; it was trained on other data");
        }
        int labels = Label.values().length;
        double[][] weights = new double[attributes.size()][];
        for (int a = 0; a < attributes.size(); a++) {
            weights[a] = centred(coefficients[a + 1], labels);
        }
        return new LinearWeights(attributes, weights, centred(coefficients[0], labels));
    }

    /** Weka's k-1 columns plus the implicit zero column, shifted to mean zero. */
    private static double[] centred(double[] row, int labels) {
        double[] full = new double[labels];
        double sum = 0;
        for (int k = 0; k < labels - 1; k++) {
            full[k] = row[k];
            sum += row[k];
        }
        double mean = sum / labels;
        for (int k = 0; k < labels; k++) {
            full[k] -= mean;
        }
        return full;
    }

    int index(String feature) {
        return indexByName.getOrDefault(feature, -1);
    }

    double weight(int attribute, int label) {
        return weights[attribute][label];
    }

    double bias(int label) {
        return bias[label];
    }
}
