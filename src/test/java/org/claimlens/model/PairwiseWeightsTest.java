package org.claimlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.util.List;
import org.claimlens.TestModels;
import org.claimlens.features.Feature;
import org.claimlens.features.FeatureVector;
import org.junit.jupiter.api.Test;
import weka.classifiers.functions.SMO;
import weka.core.Instance;

class PairwiseWeightsTest {

    /**
     * For every label, bias plus weight × value must equal the sum of SMO's own pairwise outputs in
     * that label's direction (+ for the second label of a pair, − for the first): the folded
     * weights are SMO's decision, not an approximation of it.
     */
    @Test
    void foldedWeightsReproduceSmosPairwiseOutputs() throws Exception {
        ModelBundle bundle = TestModels.bundle("weka.classifiers.functions.SMO", "-M -C 0.1 -N 2");
        SMO smo = (SMO) bundle.classifier();
        PairwiseWeights weights = PairwiseWeights.of(smo, bundle.attributes());
        assertNotNull(weights);
        Field machinesField = SMO.class.getDeclaredField("m_classifiers");
        machinesField.setAccessible(true);
        Object[][] machines = (Object[][]) machinesField.get(smo);
        Vectorizer vectorizer = new Vectorizer(bundle.attributes());
        int labels = Label.values().length;
        for (String sentence : List.of("Book your free consultation today!", "The trial enrolled 240 adults [4].",
                "Side effects include nausea.", "Opening hours", "Nothing known here")) {
            FeatureVector features = bundle.schema().extract(sentence);
            Instance instance = vectorizer.vectorize(features);
            double[] expected = new double[labels];
            for (int first = 0; first < labels; first++) {
                for (int second = first + 1; second < labels; second++) {
                    Object machine = machines[first][second];
                    double output = (double) machine.getClass().getMethod("SVMOutput", int.class, Instance.class)
                            .invoke(machine, -1, instance);
                    expected[second] += output;
                    expected[first] -= output;
                }
            }
            for (int k = 0; k < labels; k++) {
                double score = weights.bias(k);
                for (Feature feature : features.features()) {
                    int attribute = weights.index(feature.name());
                    if (attribute >= 0) {
                        score += weights.weight(attribute, k) * feature.value();
                    }
                }
                assertEquals(expected[k], score, 1e-9, sentence + " / " + Label.values()[k]);
            }
        }
    }

    @Test
    void normalisedMachinesHaveNoRawWeights() {
        ModelBundle bundle = TestModels.bundle("weka.classifiers.functions.SMO", "-M -C 0.1");
        assertNull(PairwiseWeights.of((SMO) bundle.classifier(), bundle.attributes()));
    }
}
