package org.claimlens.model;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimlens.features.Feature;
import org.claimlens.features.FeatureVector;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.SMO;
import weka.classifiers.meta.MultiClassClassifier;

/**
 * The parameters of a trained Weka {@link SMO} with a linear kernel, no normalisation ({@code -N 2})
 * and logistic calibrators ({@code -M}), read once so that sentences are scored without Weka's
 * per-call filters. SMO trains one linear machine per pair of labels, whose output {@code w·x − b}
 * is positive for the second label of the pair; each machine's calibrator turns its output into a
 * probability, and pairwise coupling combines the six into one distribution, exactly as
 * {@link SMO#distributionForInstance} does (a test holds the two equal).
 *
 * <p>A feature's weight toward a label is the sum, over the machines that involve the label, of its
 * weight in that label's direction: a cue's contribution is how far it moves the chosen label's
 * pairwise margins. Those are the real weights of the decision, though the probabilities come from
 * the calibrated coupling rather than from their sum.
 */
final class PairwiseWeights implements LabelWeights {

    private final Map<String, Integer> indexByName = new HashMap<>();
    private final int labels;
    /** Per pair (first, second), first &lt; second, in row order: the machine's weights and bias. */
    private final double[][] pairWeights;
    private final double[] pairBias;
    /** Per pair: the calibrator's intercept and slope for the probability of the first label. */
    private final double[] calibrationIntercept;
    private final double[] calibrationSlope;
    /** Per pair: the weight of the training sentences the machine saw, for the coupling. */
    private final double[] pairTrainingWeight;
    private final double[][] folded;
    private final double[] foldedBias;

    private PairwiseWeights(List<String> attributes, int labels, double[][] pairWeights, double[] pairBias,
            double[] calibrationIntercept, double[] calibrationSlope, double[] pairTrainingWeight) {
        for (int i = 0; i < attributes.size(); i++) {
            indexByName.put(attributes.get(i), i);
        }
        this.labels = labels;
        this.pairWeights = pairWeights;
        this.pairBias = pairBias;
        this.calibrationIntercept = calibrationIntercept;
        this.calibrationSlope = calibrationSlope;
        this.pairTrainingWeight = pairTrainingWeight;
        this.folded = new double[attributes.size()][labels];
        this.foldedBias = new double[labels];
        int pair = 0;
        for (int first = 0; first < labels; first++) {
            for (int second = first + 1; second < labels; second++, pair++) {
                for (int a = 0; a < attributes.size(); a++) {
                    folded[a][second] += pairWeights[pair][a];
                    folded[a][first] -= pairWeights[pair][a];
                }
                foldedBias[second] -= pairBias[pair];
                foldedBias[first] += pairBias[pair];
            }
        }
    }

    /**
     * The parameters of {@code smo}, or null when it is not a calibrated linear machine on raw
     * features (then the caller asks Weka itself).
     */
    static PairwiseWeights of(SMO smo, List<String> attributes) {
        double[][][] sparseWeights = smo.sparseWeights();
        int[][][] sparseIndices = smo.sparseIndices();
        double[][] machineBias = smo.bias();
        if (smo.getFilterType().getSelectedTag().getID() != SMO.FILTER_NONE || sparseWeights == null
                || !smo.getBuildCalibrationModels()) {
            return null;
        }
        int labels = Label.values().length;
        int pairs = labels * (labels - 1) / 2;
        double[][] weights = new double[pairs][attributes.size()];
        double[] bias = new double[pairs];
        double[] intercept = new double[pairs];
        double[] slope = new double[pairs];
        double[] trainingWeight = new double[pairs];
        Object[][] machines = field(smo, SMO.class, "m_classifiers");
        int pair = 0;
        for (int first = 0; first < labels; first++) {
            for (int second = first + 1; second < labels; second++, pair++) {
                double[] w = sparseWeights[first][second];
                int[] index = sparseIndices[first][second];
                Object machine = machines[first][second];
                if (w == null || !(field(machine, machine.getClass(), "m_calibrator") instanceof Logistic calibrator)) {
                    return null;
                }
                for (int n = 0; n < w.length; n++) {
                    if (index[n] < attributes.size()) {
                        weights[pair][index[n]] = w[n];
                    }
                }
                bias[pair] = machineBias[first][second];
                double[][] coefficients = calibrator.coefficients();
                intercept[pair] = coefficients[0][0];
                slope[pair] = coefficients[1][0];
                trainingWeight[pair] = field(machine, machine.getClass(), "m_sumOfWeights");
            }
        }
        return new PairwiseWeights(attributes, labels, weights, bias, intercept, slope, trainingWeight);
    }

    /** Weka keeps the calibrators and training weights in protected fields with no accessor. */
    @SuppressWarnings("unchecked")
    private static <T> T field(Object owner, Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return (T) field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + name + " of Weka's SMO: " + e.getMessage(), e);
        }
    }

    /** The calibrated, coupled probability of each label: what Weka's SMO returns for these features. */
    double[] distribution(FeatureVector features) {
        double[][] probability = new double[labels][labels];
        double[][] trainingWeight = new double[labels][labels];
        List<Feature> fired = features.features();
        int pair = 0;
        for (int first = 0; first < labels; first++) {
            for (int second = first + 1; second < labels; second++, pair++) {
                double output = -pairBias[pair];
                for (Feature feature : fired) {
                    int attribute = index(feature.name());
                    if (attribute >= 0) {
                        output += pairWeights[pair][attribute] * feature.value();
                    }
                }
                double z = calibrationIntercept[pair] + calibrationSlope[pair] * output;
                probability[first][second] = 1 / (1 + Math.exp(-z));
                trainingWeight[first][second] = pairTrainingWeight[pair];
            }
        }
        return MultiClassClassifier.pairwiseCoupling(trainingWeight, probability);
    }

    @Override
    public int index(String feature) {
        return indexByName.getOrDefault(feature, -1);
    }

    @Override
    public double weight(int attribute, int label) {
        return folded[attribute][label];
    }

    @Override
    public double bias(int label) {
        return foldedBias[label];
    }
}
