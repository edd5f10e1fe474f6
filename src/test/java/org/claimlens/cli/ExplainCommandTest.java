package org.claimlens.cli;

import org.claimlens.TestModels;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    @Test
    void listsFiredFeaturesWithContributionsAndProbabilities() {
        Run.of("explain", "--model", TestModels.modelFile().toString(), "Book", "your", "free", "consultation", "today!")
                .expect(0)
                .outContains("label:    promotional")
                .outContains("p(evidence) = ")
                .outContains("cue.offer")
                .outContains("Book your, free consultation");
    }
}
