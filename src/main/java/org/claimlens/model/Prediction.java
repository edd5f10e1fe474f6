package org.claimlens.model;

import java.util.List;

/**
 * A sentence's label, the calibrated probability of every label (indexed by {@link Label#ordinal()}),
 * and the features that pushed it toward the chosen label, strongest first.
 */
public record Prediction(Label label, double[] probabilities, List<Contribution> cues) {

    public Prediction {
        probabilities = probabilities.clone();
        cues = List.copyOf(cues);
    }

    public double probability() {
        return probabilities[label.ordinal()];
    }

    public double probability(Label of) {
        return probabilities[of.ordinal()];
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }
}
