package org.claimlens.model;

import java.util.List;

/**
 * Everything behind one sentence's label: the calibrated probability of each label and, for each
 * label, its bias and every fired feature's contribution to it, strongest first. {@code linear} is
 * false when the model is not linear and the biases and contributions are therefore all zero;
 * {@code additive} is true when the probabilities are exactly the softmax of bias plus contributions
 * (the logistic model), false when contributions are margins of pairwise machines (SMO).
 */
public record Explanation(double[] probabilities, double[] biases, List<List<Contribution>> byLabel, boolean linear,
        boolean additive) {

    public Explanation {
        probabilities = probabilities.clone();
        biases = biases.clone();
        byLabel = byLabel.stream().map(List::copyOf).toList();
    }

    public Label label() {
        return Calibration.argmax(probabilities);
    }

    public List<Contribution> contributions(Label label) {
        return byLabel.get(label.ordinal());
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public double[] biases() {
        return biases.clone();
    }
}
