package org.claimlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A gate only decides whether a pattern is tried, never what it finds: on sentences assembled from
 * the pieces the patterns look for, gated and anchored extraction agrees, feature for feature, with searching every pattern everywhere.
 */
class PatternGatesProperties {

    private static final List<String> PIECES = List.of("patients", "twelve", "grown-ups", "adults", "of", "the",
            "et al", "et al.", "Lee", "(Smith, 2019)", "(Lee et al., 2021; Wu 2020)", "[3]", "[1, 4–6]", "controlled.9",
            "adults,12", "results”3", "pain)4", "rates%.2", "²", "works²", "doi", "doi:10.1000/xyz", "10.1234/abc",
            "PMID: 123456", "pmc98765", "2019;12:34", "12(3):45-50", "Vol. 7", "vol.3", "p. 12", "pp.4", "p < 0.05",
            "p=0.2", "HR 0.7", "OR 1.2", "or 3", "hr", "95% CI", "99 % confidence interval", "CI: 1.2", "odds ratio",
            "hazard ratio", "$300", "£ 40", "€5", "5 dollars", "20USD", "3-fold", "2.5 times", "3fold", "halved",
            "Doubled", "one in five", "3 in 10", "4 out of 5", "someone in", "1999", "2019's", "2041", "1949",
            "12%", "40 per cent", "5 mg", "2mg/kg", "seventies.seventy six", "x", "It", "works", "ok", "’", "'",
            "é", "_", "-", "MELODY trial", "SKYLIGHT 1 study", "DiRECT trial", "US study", "GWPCARE3", "trials", "NCT01234567", "Methods:", "Design",
            "outpatients", ",", ".", ";", ":", "(", ")", "!", "?", "“", "\"", "1", "42", "2020");

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> separator = Arbitraries.of(" ", "", "  ", "-", ", ", ".", "\n");
        return Arbitraries.integers().between(1, 12).flatMap(n ->
                piece.list().ofSize(n).flatMap(pieces -> separator.list().ofSize(n).map(separators -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        text.append(pieces.get(i)).append(separators.get(i));
                    }
                    return text.toString().strip();
                })));
    }

    @Property(tries = 5000)
    void citationGatesNeverChangeAFeature(@ForAll("sentences") String text) {
        assertSameWithAndWithoutGates(new CitationFeatures(), text);
    }

    @Property(tries = 5000)
    void numberGatesNeverChangeAFeature(@ForAll("sentences") String text) {
        assertSameWithAndWithoutGates(new NumberFeatures(), text);
    }

    private static void assertSameWithAndWithoutGates(PatternFeatures extractor, String text) {
        SentenceText sentence = new SentenceText(text);
        FeatureVector gated = new FeatureVector();
        FeatureVector ungated = new FeatureVector();
        extractor.extract(sentence, gated);
        extractor.extractWithoutGates(sentence, ungated);
        assertEquals(ungated.features(), gated.features(), text);
    }
}
