package org.claimlens.model;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimlens.features.Feature;
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
 * <p>A label's explanation is the machines that set it against the other labels, each weighted by
 * that rival's share of the remaining probability: a feature's contribution toward the label is
 * {@code Σ_rival share(rival) × weight × value} in the label's direction. For the chosen label the
 * strongest rival's machine dominates, so the cues shown are those that won the decisive comparison.
 */
final class PairwiseWeights {

    private final Map<String, Integer> indexByName = new HashMap<>();
    private final int labels;
    /**
     * Per attribute, per pair (first, second), first &lt; second, in row order: the machine's weight.
     * Attribute-major, so a sentence's few features read six neighbouring weights each.
     */
    private final double[][] weightsByAttribute;
    /** Per pair: the machine's bias. */
    private final double[] pairBias;
    /** Per pair: the calibrator's intercept and slope for the probability of the first label. */
    private final double[] calibrationIntercept;
    private final double[] calibrationSlope;
    /** Per pair: the weight of the training sentences the machine saw, for the coupling. */
    private final double[] pairTrainingWeight;
    /** Per pair: its first and its second label. */
    private final int[] firstOf;
    private final int[] secondOf;

    private PairwiseWeights(List<String> attributes, int labels, double[][] weightsByAttribute, double[] pairBias,
            double[] calibrationIntercept, double[] calibrationSlope, double[] pairTrainingWeight) {
        for (int i = 0; i < attributes.size(); i++) {
            indexByName.put(attributes.get(i), i);
        }
        this.labels = labels;
        this.weightsByAttribute = weightsByAttribute;
        this.pairBias = pairBias;
        this.calibrationIntercept = calibrationIntercept;
        this.calibrationSlope = calibrationSlope;
        this.pairTrainingWeight = pairTrainingWeight;
        this.firstOf = new int[pairBias.length];
        this.secondOf = new int[pairBias.length];
        int pair = 0;
        for (int first = 0; first < labels; first++) {
            for (int second = first + 1; second < labels; second++, pair++) {
                firstOf[pair] = first;
                secondOf[pair] = second;
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
        double[][] weights = new double[attributes.size()][pairs];
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
                        weights[index[n]][pair] = w[n];
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

    /** Each fired feature's attribute index, or -1 for a feature the model does not know. */
    int[] attributes(List<Feature> fired) {
        int[] attributes = new int[fired.size()];
        for (int f = 0; f < fired.size(); f++) {
            attributes[f] = indexByName.getOrDefault(fired.get(f).name(), -1);
        }
        return attributes;
    }

    /**
     * The calibrated, coupled probability of each label: what Weka's SMO returns for these features.
     *
     * @param attributes the features' indices, from {@link #attributes}
     */
    double[] distribution(List<Feature> fired, int[] attributes) {
        int pairs = pairBias.length;
        double[] outputs = new double[pairs];
        for (int pair = 0; pair < pairs; pair++) {
            outputs[pair] = -pairBias[pair];
        }
        for (int f = 0; f < fired.size(); f++) {
            if (attributes[f] >= 0) {
                double[] weights = weightsByAttribute[attributes[f]];
                double value = fired.get(f).value();
                for (int pair = 0; pair < pairs; pair++) {
                    outputs[pair] += weights[pair] * value;
                }
            }
        }
        double[][] probability = new double[labels][labels];
        double[][] trainingWeight = new double[labels][labels];
        for (int pair = 0; pair < pairs; pair++) {
            double z = calibrationIntercept[pair] + calibrationSlope[pair] * outputs[pair];
            probability[firstOf[pair]][secondOf[pair]] = 1 / (1 + Math.exp(-z));
            trainingWeight[firstOf[pair]][secondOf[pair]] = pairTrainingWeight[pair];
        }
        return MultiClassClassifier.pairwiseCoupling(trainingWeight, probability);
    }

    /**
     * Each fired feature's contribution toward each label ({@code [feature][label]}), and in the last
     * row each label's bias, for a sentence whose labels have the given probabilities.
     */
    double[][] contributions(List<Feature> fired, int[] attributes, double[] probabilities) {
        int pairs = pairBias.length;
        // Toward "first", a machine's weights count negatively and are weighted by how much of the
        // probability not on "first" sits on "second"; and the other way round.
        double[] towardFirst = new double[pairs];
        double[] towardSecond = new double[pairs];
        for (int pair = 0; pair < pairs; pair++) {
            towardFirst[pair] = -rivalShare(probabilities, firstOf[pair], secondOf[pair]);
            towardSecond[pair] = rivalShare(probabilities, secondOf[pair], firstOf[pair]);
        }
        double[][] contributions = new double[fired.size() + 1][labels];
        for (int f = 0; f < fired.size(); f++) {
            if (attributes[f] >= 0) {
                double[] weights = weightsByAttribute[attributes[f]];
                double value = fired.get(f).value();
                for (int pair = 0; pair < pairs; pair++) {
                    double margin = weights[pair] * value;
                    contributions[f][firstOf[pair]] += towardFirst[pair] * margin;
                    contributions[f][secondOf[pair]] += towardSecond[pair] * margin;
                }
            }
        }
        double[] biases = contributions[fired.size()];
        for (int pair = 0; pair < pairs; pair++) {
            biases[firstOf[pair]] -= towardFirst[pair] * pairBias[pair];
            biases[secondOf[pair]] -= towardSecond[pair] * pairBias[pair];
        }
        return contributions;
    }

    /** The share of the probability not on {@code label} that sits on {@code rival}. */
    private static double rivalShare(double[] probabilities, int label, int rival) {
        double rest = 1 - probabilities[label];
        return rest <= 0 ? 1.0 / (probabilities.length - 1) : probabilities[rival] / rest;
    }

}
