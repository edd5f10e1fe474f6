package org.claimlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.of("test", """
            # a comment line
            side effect
            side effects are rare
            no side effects
            life-changing

            promise
            """);

    private List<String> found(String text) {
        SentenceText sentence = new SentenceText(text);
        return lexicon.find(sentence).stream().map(m -> sentence.span(m.from(), m.to())).toList();
    }

    @Test
    void matchesWholeWordsInAnyInflection() {
        assertEquals(List.of("promised"), found("They promised a lot."));
        assertEquals(List.of("promises"), found("Empty promises."));
        assertEquals(List.of(), found("A compromise was reached."));
    }

    @Test
    void prefersTheLongestPhrase() {
        assertEquals(List.of("side effects are rare"), found("Serious side effects are rare."));
        assertEquals(List.of("No side effects"), found("No side effects at all."));
    }

    @Test
    void hyphenatedAndSpacedFormsMatchAlike() {
        assertEquals(List.of("life-changing"), found("A life-changing drip."));
        assertEquals(List.of("life changing"), found("A life changing drip."));
    }

    @Test
    void commentsAndBlankLinesAreIgnored() {
        assertEquals(List.of(), found("a comment line"));
    }
}
