package org.claimlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.util.List;
import org.claimlens.TestModels;
import org.claimlens.features.FeatureVector;
import org.junit.jupiter.api.Test;
import weka.classifiers.functions.SMO;
import weka.core.Instance;

class PairwiseWeightsTest {

    private static final List<String> SENTENCES = List.of("Book your free consultation today!",
            "The trial enrolled 240 adults [4].", "Side effects include nausea.", "Opening hours", "Nothing known here");

    private final ModelBundle bundle = TestModels.bundle("weka.classifiers.functions.SMO", "-M -C 0.1 -N 2");
    private final SMO smo = (SMO) bundle.classifier();
    private final PairwiseWeights weights = PairwiseWeights.of(smo, bundle.attributes());
    private final Vectorizer vectorizer = new Vectorizer(bundle.attributes());

    @Test
    void distributionIsWekasOwn() throws Exception {
        assertNotNull(weights);
        for (String sentence : SENTENCES) {
            FeatureVector features = bundle.schema().extract(sentence);
            double[] expected = smo.distributionForInstance(vectorizer.vectorize(features));
            double[] ours = weights.distribution(features.features(), weights.attributes(features.features()));
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], ours[k], 1e-9, sentence);
            }
        }
    }

    /**
     * Bias plus contributions toward a label must equal SMO's own outputs for the machines that set
     * the label against each rival, in the label's direction (+ for the second label of a pair),
     * weighted by the rival's share of the remaining probability: the cues are SMO's decision.
     */
    @Test
    void contributionsAreSmosPairwiseOutputsWeightedByTheRivals() throws Exception {
        Field machinesField = SMO.class.getDeclaredField("m_classifiers");
        machinesField.setAccessible(true);
        Object[][] machines = (Object[][]) machinesField.get(smo);
        int labels = Label.values().length;
        for (String sentence : SENTENCES) {
            FeatureVector features = bundle.schema().extract(sentence);
            Instance instance = vectorizer.vectorize(features);
            int[] attributes = weights.attributes(features.features());
            double[] p = weights.distribution(features.features(), attributes);
            double[] expected = new double[labels];
            for (int first = 0; first < labels; first++) {
                for (int second = first + 1; second < labels; second++) {
                    Object machine = machines[first][second];
                    double output = (double) machine.getClass().getMethod("SVMOutput", int.class, Instance.class)
                            .invoke(machine, -1, instance);
                    expected[second] += output * p[first] / (1 - p[second]);
                    expected[first] -= output * p[second] / (1 - p[first]);
                }
            }
            double[][] contributions = weights.contributions(features.features(), attributes, p);
            for (int k = 0; k < labels; k++) {
                double score = 0;
                for (double[] row : contributions) {
                    score += row[k];
                }
                assertEquals(expected[k], score, 1e-9, sentence + " / " + Label.values()[k]);
            }
        }
    }

    @Test
    void rescaledOrUncalibratedMachinesAreLeftToWeka() {
        ModelBundle rescaled = TestModels.bundle("weka.classifiers.functions.SMO", "-M -C 0.1");
        assertNull(PairwiseWeights.of((SMO) rescaled.classifier(), rescaled.attributes()));
        ModelBundle uncalibrated = TestModels.bundle("weka.classifiers.functions.SMO", "-C 0.1 -N 2");
        assertNull(PairwiseWeights.of((SMO) uncalibrated.classifier(), uncalibrated.attributes()));
    }
}
