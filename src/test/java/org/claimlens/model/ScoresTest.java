package org.claimlens.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {

    private static final Label P = Label.PROMOTIONAL;
    private static final Label E = Label.EVIDENCE;
    private static final Label C = Label.CAVEAT;
    private static final Label N = Label.NEUTRAL;

    @Test
    void perLabelFiguresFromAKnownConfusion() {
        // gold:      P P P E E C N N
        // predicted: P P E E E C N P
        Scores scores = new Scores(List.of(P, P, P, E, E, C, N, N), List.of(P, P, E, E, E, C, N, P), null);
        assertEquals(6 / 8.0, scores.accuracy(), 1e-12);
        assertEquals(2 / 3.0, scores.score(P).precision(), 1e-12);
        assertEquals(2 / 3.0, scores.score(P).recall(), 1e-12);
        assertEquals(2 / 3.0, scores.score(E).precision(), 1e-12);
        assertEquals(1.0, scores.score(E).recall(), 1e-12);
        assertEquals(0.8, scores.score(E).f1(), 1e-12);
        assertEquals(1.0, scores.score(C).f1(), 1e-12);
        assertEquals(2 / 3.0, scores.score(N).f1(), 1e-12);
        assertEquals((2 / 3.0 + 0.8 + 1.0 + 2 / 3.0) / 4, scores.macroF1(), 1e-12);
        assertArrayEquals(new int[] {2, 1, 0, 0}, scores.confusion()[P.ordinal()]);
        assertArrayEquals(new int[] {1, 0, 0, 1}, scores.confusion()[N.ordinal()]);
    }

    @Test
    void expectedCalibrationErrorWeighsEachBinByItsSize() {
        // Two sentences at confidence 0.9 (one right), two at 0.6 (both right): |0.9-0.5|/2 + |0.6-1|/2 = 0.4
        List<double[]> probabilities = List.of(new double[] {0.9, 0.1, 0, 0}, new double[] {0.9, 0.1, 0, 0},
                new double[] {0.6, 0.4, 0, 0}, new double[] {0.6, 0.4, 0, 0});
        Scores scores = new Scores(List.of(P, E, P, P), List.of(P, P, P, P), probabilities);
        assertEquals(0.4, scores.expectedCalibrationError(), 1e-12);
    }

    @Test
    void labelsAbsentFromGoldAndPredictionsDoNotDragMacroF1() {
        Scores scores = new Scores(List.of(P, E), List.of(P, E), null);
        assertEquals(1.0, scores.macroF1(), 1e-12);
    }
}
