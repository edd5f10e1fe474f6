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
 * probabilities. Other Weka classifiers are called through one copy
 * per thread (their filters keep state between calls) and report no per-feature contributions.
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
        Explanation explanation = explain(features);
        Label label = explanation.label();
        List<Contribution> cues = explanation.contributions(label).stream()
                .filter(c -> c.contribution() > 0)
                .limit(MAX_CUES)
                .toList();
        return new Prediction(label, explanation.probabilities(), cues);
    }

    /** Every feature that fired, with its contribution to every label, and the probabilities. */
    public Explanation explain(String sentence) {
        return explain(schema.extract(sentence));
    }

    public Explanation explain(FeatureVector features) {
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
        } else {
            double[] distribution = pairwise != null ? pairwise.distribution(features)
                    : wekaDistribution(vectorizer.vectorize(features));
            probabilities = Calibration.apply(distribution, temperature);
            if (pairwise != null) {
                double[][] margins = pairwise.contributions(fired, probabilities);
                System.arraycopy(margins, 0, contributions, 0, fired.size());
                biases = margins[fired.size()];
            }
        }
        List<List<Contribution>> byLabel = new ArrayList<>();
        for (int k = 0; k < labels; k++) {
            List<Contribution> list = new ArrayList<>();
            for (int f = 0; f < fired.size(); f++) {
                Feature feature = fired.get(f);
                list.add(new Contribution(feature.name(), feature.value(), contributions[f][k], feature.evidence()));
            }
            list.sort(Comparator.comparingDouble(Contribution::contribution).reversed()
                    .thenComparing(Contribution::feature));
            byLabel.add(list);
        }
        return new Explanation(probabilities, biases, byLabel, logistic != null || pairwise != null, logistic != null);
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
