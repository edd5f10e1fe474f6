package org.claimlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Whatever the text, sentences are ordered, disjoint, bounded, and their offsets point into the text. */
class SentenceSplitterProperties {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(30, Annotators.TOKENIZE_SSPLIT);

    @Property(tries = 300)
    void offsetsAreExactAndOrdered(@ForAll @StringLength(max = 400) String text) {
        check(text);
    }

    @Property(tries = 200)
    void offsetsAreExactOnProseLikeText(@ForAll("prose") String text) {
        check(text);
    }

    /** The cheap test in front of the glued-marker pattern never hides a place where the pattern matches. */
    @Property(tries = 2000)
    void theBoundaryGateNeverSkipsAMatch(@ForAll("prose") String text, @ForAll @IntRange(max = 40) int trim) {
        int begin = Math.min(trim, text.length());
        int end = Math.max(begin, text.length() - trim / 2);
        boolean matches = SentenceSplitter.GLUED_MARKER_BOUNDARY.matcher(text).region(begin, end).find();
        assertTrue(!matches || SentenceSplitter.mayHideBoundary(text, begin, end), text.substring(begin, end));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> prose() {
        return net.jqwik.api.Arbitraries.of("Ketamine", "works.", "controlled.9", "[12]", "(Lee et al., 2019)", "\n\n",
                        "seventies.seventy six", "The", "p < 0.05.", "!", "?", "\u00a0", "“Quoted”", "NAD+", "0.5 mg/kg.", "日本語。", "results.”3", "pain.)4", "pain).12", "rates%.2,4", "Works!4", "ok?seventy", "U.S.", "e.g.")
                .list().ofMaxSize(60).map(words -> String.join(" ", words));
    }

    private static void check(String text) {
        List<Sentence> sentences = SPLITTER.split(text);
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index());
            assertTrue(s.begin() >= previousEnd, "overlap or disorder");
            assertEquals(text.substring(s.begin(), s.end()), s.text());
            assertTrue(!s.tokens().isEmpty() && s.tokens().size() <= 30);
            previousEnd = s.end();
        }
    }
}
