package org.claimlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimlens.TestModels;
import org.claimlens.features.FeatureVector;
import org.junit.jupiter.api.Test;

class SentenceClassifierTest {

    private final ModelBundle bundle = TestModels.bundle();
    private final SentenceClassifier classifier = new SentenceClassifier(bundle);
    private final ModelBundle logisticBundle = TestModels.bundle("weka.classifiers.functions.Logistic", "-R 10.0 -M 500 -C");
    private final SentenceClassifier logistic = new SentenceClassifier(logisticBundle);

    @Test
    void linearProbabilitiesEqualWekasOwnOnceCalibrationIsUndone() throws Exception {
        Vectorizer vectorizer = new Vectorizer(logisticBundle.attributes());
        double temperature = logisticBundle.manifest().temperature();
        for (String sentence : List.of("Book your free consultation today!", "The trial enrolled 240 adults.",
                "Side effects are common.", "Opening hours", "Totally unseen words here")) {
            FeatureVector features = logisticBundle.schema().extract(sentence);
            double[] weka = logisticBundle.classifier().distributionForInstance(vectorizer.vectorize(features));
            double[] expected = Calibration.apply(weka, temperature);
            double[] ours = logistic.classify(features).probabilities();
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], ours[k], 1e-9, sentence);
            }
        }
    }

    @Test
    void biasesPlusContributionsGiveTheProbabilities() {
        Explanation explanation = logistic.explain("Book your free consultation today and feel amazing!");
        assertTrue(explanation.linear() && explanation.additive());
        double[] logits = explanation.biases();
        for (Label label : Label.values()) {
            for (Contribution c : explanation.contributions(label)) {
                logits[label.ordinal()] += c.contribution();
            }
        }
        double[] expected = SentenceClassifier.softmax(logits);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], explanation.probabilities()[k], 1e-12);
        }
    }

    @Test
    void cuesArePositiveContributionsToTheChosenLabelStrongestFirst() {
        Prediction prediction = classifier.classify("Our miracle cure works, guaranteed! Book now.");
        assertEquals(Label.PROMOTIONAL, prediction.label());
        assertTrue(!prediction.cues().isEmpty());
        double previous = Double.MAX_VALUE;
        for (Contribution cue : prediction.cues()) {
            assertTrue(cue.contribution() > 0);
            assertTrue(cue.contribution() <= previous);
            previous = cue.contribution();
        }
        assertTrue(prediction.cues().size() <= SentenceClassifier.MAX_CUES);
    }

    @Test
    void probabilitiesSumToOne() {
        double sum = 0;
        for (double p : classifier.classify("Anything at all.").probabilities()) {
            sum += p;
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void smoProbabilitiesAreWekasOwnCalibratedAndItsCuesAreRealWeights() throws Exception {
        ModelBundle smoBundle = TestModels.bundle("weka.classifiers.functions.SMO", "-M -C 0.1 -N 2");
        SentenceClassifier smo = new SentenceClassifier(smoBundle);
        Vectorizer vectorizer = new Vectorizer(smoBundle.attributes());
        for (String sentence : List.of("Our miracle cure works, guaranteed! Book now.", "The trial enrolled 240 adults.",
                "Side effects are common.", "Opening hours", "Totally unseen words here")) {
            FeatureVector features = smoBundle.schema().extract(sentence);
            double[] expected = Calibration.apply(
                    smoBundle.classifier().distributionForInstance(vectorizer.vectorize(features)),
                    smoBundle.manifest().temperature());
            Explanation explanation = smo.explain(features);
            assertTrue(explanation.linear() && !explanation.additive());
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], explanation.probabilities()[k], 1e-9, sentence);
            }
        }
        Explanation promotional = smo.explain("Our miracle cure works, guaranteed! Book now.");
        assertTrue(promotional.contributions(promotional.label()).get(0).contribution() > 0);
    }
}
