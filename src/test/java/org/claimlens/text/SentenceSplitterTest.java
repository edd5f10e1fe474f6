package org.claimlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Uses CoreNLP's tokenizer (no statistical models), so it runs in well under a second. */
class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = SentenceSplitter.shared(Annotators.TOKENIZE_SSPLIT);

    private static List<String> texts(String document) {
        return SPLITTER.split(document).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAfterAReferenceNumberGluedToTheFullStop() {
        assertEquals(List.of("Use is random and inadequately controlled.9", "Ketamine clinics are commonplace."),
                texts("Use is random and inadequately controlled.9\u00a0 Ketamine clinics are commonplace."));
        assertEquals(List.of("It lowered relapse.12,13", "The effect faded."),
                texts("It lowered relapse.12,13 The effect faded."));
    }

    @Test
    void splitsAfterASpelledOutMarkerFromSpunText() {
        assertEquals(List.of("It has been used since the nineteen seventies.seventy six",
                        "The desire for alternatives has grown."),
                texts("It has been used since the nineteen seventies.seventy six The desire for alternatives has grown."));
    }

    @Test
    void keepsBracketedMarkersAndDecimalsInsideTheirSentence() {
        assertEquals(List.of("Pain fell by 2.5 points [12].", "Sleep improved."),
                texts("Pain fell by 2.5 points [12]. Sleep improved."));
        assertEquals(List.of("The dose was 0.5 mg/kg over 40 minutes.", "Nothing else changed."),
                texts("The dose was 0.5 mg/kg over 40 minutes. Nothing else changed."));
    }

    @Test
    void blankLinesEndHeadings() {
        assertEquals(List.of("KETAMINE FOR PAIN", "Blog Article", "It works."),
                texts("KETAMINE FOR PAIN\n\nBlog Article\n\nIt works."));
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String document = "  First one.\u00a0Second [3] one!\n\nTHIRD\n";
        List<Sentence> sentences = SPLITTER.split(document);
        assertEquals(3, sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index());
            assertEquals(s.text(), document.substring(s.begin(), s.end()));
            for (Token token : s.tokens()) {
                assertEquals(token.text(), document.substring(token.begin(), token.end()));
                assertTrue(token.begin() >= s.begin() && token.end() <= s.end());
            }
        }
    }

    @Test
    void cutsRunOnSentencesIntoBoundedPieces() {
        SentenceSplitter splitter = new SentenceSplitter(50, Annotators.TOKENIZE_SSPLIT);
        List<Sentence> sentences = splitter.split("word ".repeat(5000));
        assertEquals(100, sentences.size());
        assertTrue(sentences.stream().allMatch(s -> s.tokens().size() <= 50));
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertEquals(List.of(), texts(""));
        assertEquals(List.of(), texts(" \n\t "));
    }

    @Test
    void wholeKeepsTextThatIsAlreadyOneSentenceAsOne() {
        Sentence sentence = SPLITTER.whole("Results vary. Ask us.");
        assertEquals("Results vary. Ask us.", sentence.text());
        assertEquals(List.of("Results", "vary", ".", "Ask", "us", "."),
                sentence.tokens().stream().map(Token::text).toList());
        assertTrue(sentence.tokens().stream().allMatch(t -> t.tag() == null && t.lemma() == null));
    }

    @Test
    void taggingAnnotatorsGiveEveryTokenATagAndLemma() {
        Sentence sentence = SentenceSplitter.shared(Annotators.POS_LEMMA).split("Doctors were amazed.").get(0);
        assertEquals(List.of("NNS", "VBD", "JJ", "."), sentence.tokens().stream().map(Token::tag).toList());
        assertEquals(List.of("doctor", "be", "amazed", "."), sentence.tokens().stream().map(Token::lemma).toList());
    }
}
