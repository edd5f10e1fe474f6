package org.claimlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimlens.model.Contribution;
import org.junit.jupiter.api.Test;

class CuesTest {

    @Test
    void formatsSignedHundredthsAndQuotesTheMatchedText() {
        assertEquals("cue.hype_word +1.42 \"miraculous\"; len.words -0.05; num.any +0.00; x -12.30 \"say 'hi'\"",
                Cues.format(List.of(new Contribution("cue.hype_word", 1, 1.4249, "miraculous"),
                        new Contribution("len.words", 0.5, -0.051, ""),
                        new Contribution("num.any", 1, 0.004, ""),
                        new Contribution("x", 1, -12.3, "say \"hi\""))));
    }
}
