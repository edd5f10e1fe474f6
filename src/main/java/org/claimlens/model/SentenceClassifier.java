package org.claimlens.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimlens.features.Feature;
import org.claimlens.features.FeatureSchema;
import org.claimlens.features.FeatureVector;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.SMO;
import weka.core.Instance;

/**
 * Labels sentences with a loaded {@link ModelBundle}. Safe to share between threads.
 *
 * <p>For a multinomial logistic model the probabilities are computed here from the model's own
 * coefficients: that is exactly what Weka computes (a test holds the two equal), it needs no locking
 * (Weka's {@code Logistic} runs stateful filters per call), and it yields each feature's real weight
 * × value contribution. A calibrated linear SMO is computed here from its parameters in the same
 * way (see {@link PairwiseWeights}): Weka's probabilities, and as each feature's contribution its
 * weight × value in the machines that set the label against its rivals, weighted by the rivals'
 * probabilities. Other Weka classifiers are called through one copy per thread (their filters keep
 * state between calls) and report no per-feature contributions.
 */
public final class SentenceClassifier {

    /** How many contributions a prediction carries as its cues. */
    public static final int MAX_CUES = 6;

    private final ModelBundle bundle;
    private final FeatureSchema schema;
    private final Vectorizer vectorizer;
    private final double temperature;
    /** The logistic model's coefficients, or null for another classifier. */
    private final LinearWeights logistic;
    /** A calibrated linear SMO's parameters, or null for another classifier. */
    private final PairwiseWeights pairwise;
    private final ThreadLocal<Classifier> threadClassifier;

    public SentenceClassifier(ModelBundle bundle) {
        this.bundle = bundle;
        this.schema = bundle.schema();
        this.vectorizer = new Vectorizer(bundle.attributes());
        this.temperature = bundle.manifest().temperature() > 0 ? bundle.manifest().temperature() : 1.0;
        this.logistic = bundle.classifier() instanceof Logistic model
                ? LinearWeights.of(model, vectorizer.attributeNames()) : null;
        this.pairwise = bundle.classifier() instanceof SMO model
                ? PairwiseWeights.of(model, vectorizer.attributeNames()) : null;
        // Weka classifiers keep scratch state between calls; a copy per thread needs no lock.
        this.threadClassifier = ThreadLocal.withInitial(() -> copyOf(bundle.classifier()));
    }

    public ModelBundle bundle() {
        return bundle;
    }

    public FeatureSchema schema() {
        return schema;
    }

    public Prediction classify(String sentence) {
        return classify(schema.extract(sentence));
    }

    public Prediction classify(FeatureVector features) {
        Scored scored = score(features);
        Label label = Calibration.argmax(scored.probabilities());
        List<Contribution> cues = scored.contributions(label).stream()
                .filter(c -> c.contribution() > 0)
                .limit(MAX_CUES)
                .toList();
        return new Prediction(label, scored.probabilities(), cues);
    }

    /** Every feature that fired, with its contribution to every label, and the probabilities. */
    public Explanation explain(String sentence) {
        return explain(schema.extract(sentence));
    }

    public Explanation explain(FeatureVector features) {
        Scored scored = score(features);
        List<List<Contribution>> byLabel = new ArrayList<>();
        for (Label label : Label.values()) {
            byLabel.add(scored.contributions(label));
        }
        return new Explanation(scored.probabilities(), scored.biases(), byLabel, logistic != null || pairwise != null,
                logistic != null);
    }

    /** A sentence's probabilities, and each fired feature's contribution ({@code [feature][label]}). */
    private record Scored(List<Feature> fired, double[] probabilities, double[] biases, double[][] contributions) {

        /** The fired features' contributions to {@code label}, strongest first. */
        List<Contribution> contributions(Label label) {
            List<Contribution> list = new ArrayList<>(fired.size());
            for (int f = 0; f < fired.size(); f++) {
                Feature feature = fired.get(f);
                list.add(new Contribution(feature.name(), feature.value(), contributions[f][label.ordinal()],
                        feature.evidence()));
            }
            list.sort(Comparator.comparingDouble(Contribution::contribution).reversed()
                    .thenComparing(Contribution::feature));
            return list;
        }
    }

    private Scored score(FeatureVector features) {
        int labels = Label.values().length;
        double[] biases = new double[labels];
        List<Feature> fired = features.features();
        double[][] contributions = new double[fired.size()][labels];
        double[] probabilities;
        if (logistic != null) {
            // The probabilities are the softmax of these sums, so they carry the temperature.
            double[] logits = new double[labels];
            for (int k = 0; k < labels; k++) {
                biases[k] = logistic.bias(k) / temperature;
                logits[k] = biases[k];
            }
            for (int f = 0; f < fired.size(); f++) {
                Feature feature = fired.get(f);
                int attribute = logistic.index(feature.name());
                if (attribute < 0) {
                    continue;
                }
                for (int k = 0; k < labels; k++) {
                    contributions[f][k] = logistic.weight(attribute, k) * feature.value() / temperature;
                    logits[k] += contributions[f][k];
                }
            }
            probabilities = softmax(logits);
        } else if (pairwise != null) {
            int[] attributes = pairwise.attributes(fired);
            probabilities = Calibration.apply(pairwise.distribution(fired, attributes), temperature);
            double[][] margins = pairwise.contributions(fired, attributes, probabilities);
            System.arraycopy(margins, 0, contributions, 0, fired.size());
            biases = margins[fired.size()];
        } else {
            probabilities = Calibration.apply(wekaDistribution(vectorizer.vectorize(features)), temperature);
        }
        return new Scored(fired, probabilities, biases, contributions);
    }

    private double[] wekaDistribution(Instance instance) {
        try {
            return threadClassifier.get().distributionForInstance(instance);
        } catch (Exception e) {
            throw new IllegalStateException("the classifier failed on a sentence: " + e.getMessage(), e);
        }
    }

    private static Classifier copyOf(Classifier classifier) {
        try {
            return AbstractClassifier.makeCopy(classifier);
        } catch (Exception e) {
            throw new IllegalStateException("the classifier could not be copied for a worker thread: " + e.getMessage(), e);
        }
    }

    static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        double[] p = new double[logits.length];
        for (int k = 0; k < logits.length; k++) {
            p[k] = Math.exp(logits[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < logits.length; k++) {
            p[k] /= sum;
        }
        return p;
    }
}
