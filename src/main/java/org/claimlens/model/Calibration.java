package org.claimlens.model;

import java.util.List;

/**
 * Temperature scaling: divides the log-probabilities by one number T fitted to minimise the
 * log-loss of held-out predictions. It changes how confident the model says it is, never which label
 * it picks.
 */
final class Calibration {

    private static final double MIN_LOG_T = Math.log(0.2);
    private static final double MAX_LOG_T = Math.log(10);

    private Calibration() {
    }

    static double fitTemperature(List<Label> gold, List<double[]> probabilities) {
        double lo = MIN_LOG_T;
        double hi = MAX_LOG_T;
        double phi = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 80; i++) {
            double a = hi - phi * (hi - lo);
            double b = lo + phi * (hi - lo);
            if (logLoss(gold, probabilities, Math.exp(a)) < logLoss(gold, probabilities, Math.exp(b))) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return Math.round(Math.exp((lo + hi) / 2) * 1e6) / 1e6;
    }

    static double[] apply(double[] probabilities, double temperature) {
        double[] logits = new double[probabilities.length];
        for (int k = 0; k < logits.length; k++) {
            logits[k] = Math.log(Math.max(probabilities[k], 1e-12)) / temperature;
        }
        return SentenceClassifier.softmax(logits);
    }

    static Label argmax(double[] probabilities) {
        int best = 0;
        for (int k = 1; k < probabilities.length; k++) {
            if (probabilities[k] > probabilities[best]) {
                best = k;
            }
        }
        return Label.values()[best];
    }

    private static double logLoss(List<Label> gold, List<double[]> probabilities, double temperature) {
        double loss = 0;
        for (int i = 0; i < gold.size(); i++) {
            loss -= Math.log(Math.max(apply(probabilities.get(i), temperature)[gold.get(i).ordinal()], 1e-12));
        }
        return loss;
    }
}
