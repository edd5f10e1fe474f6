package org.claimlens.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import weka.classifiers.functions.SMO;

/**
 * The weights of a trained Weka {@link SMO} with a linear kernel and no normalisation ({@code -N 2}),
 * folded per label. SMO trains one linear machine per pair of labels, whose output
 * {@code w·x − b} is positive for the second label of the pair; a feature's weight toward a label is
 * the sum, over the machines that involve the label, of its weight in that label's direction. So a
 * cue's contribution is how far it moves the chosen label's pairwise margins, summed: the real
 * weights of the decision, though the probabilities come from SMO's calibrated pairwise coupling
 * rather than from these sums.
 */
final class PairwiseWeights implements LabelWeights {

    private final Map<String, Integer> indexByName = new HashMap<>();
    private final double[][] weights;
    private final double[] bias;

    private PairwiseWeights(List<String> attributes, double[][] weights, double[] bias) {
        for (int i = 0; i < attributes.size(); i++) {
            indexByName.put(attributes.get(i), i);
        }
        this.weights = weights;
        this.bias = bias;
    }

    /** The weights of {@code smo}, or null when its machines are not linear in the raw features. */
    static PairwiseWeights of(SMO smo, List<String> attributes) {
        double[][][] sparseWeights = smo.sparseWeights();
        int[][][] sparseIndices = smo.sparseIndices();
        double[][] machineBias = smo.bias();
        if (smo.getFilterType().getSelectedTag().getID() != SMO.FILTER_NONE || sparseWeights == null) {
            return null;
        }
        int labels = Label.values().length;
        double[][] weights = new double[attributes.size()][labels];
        double[] bias = new double[labels];
        for (int first = 0; first < labels; first++) {
            for (int second = first + 1; second < labels; second++) {
                double[] w = sparseWeights[first][second];
                int[] index = sparseIndices[first][second];
                if (w == null) {
                    return null;
                }
                for (int n = 0; n < w.length; n++) {
                    if (index[n] >= attributes.size()) {
                        continue;
                    }
                    weights[index[n]][second] += w[n];
                    weights[index[n]][first] -= w[n];
                }
                bias[second] -= machineBias[first][second];
                bias[first] += machineBias[first][second];
            }
        }
        return new PairwiseWeights(attributes, weights, bias);
    }

    @Override
    public int index(String feature) {
        return indexByName.getOrDefault(feature, -1);
    }

    @Override
    public double weight(int attribute, int label) {
        return weights[attribute][label];
    }

    @Override
    public double bias(int label) {
        return bias[label];
    }
}
