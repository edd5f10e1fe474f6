package org.claimlens.features;

import java.util.List;

/**
 * {@code cue.safety_claim}: a harm from the risk list denied by a word just before it ("never any
 * nausea", "without the risks of surgery", "non-addictive"). A seller's
 * safety claim and a warning share their vocabulary; the denial is what tells them apart, and the
 * risk list alone cannot see it.
 */
final class SafetyClaims implements FeatureExtractor {

    static final String NAME = "cue.safety_claim";

    /** How many words may stand between the denial and the harm ("won't bring any side effects": two). */
    private static final int WINDOW = 2;

    private final Lexicon negators;
    private final Lexicon risks;

    SafetyClaims(Lexicon negators, Lexicon risks) {
        this.negators = negators;
        this.risks = risks;
    }

    @Override
    public List<String> featureNames() {
        return List.of(NAME);
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        List<Lexicon.Match> harms = risks.find(sentence);
        if (harms.isEmpty()) {
            return;
        }
        List<Lexicon.Match> denials = negators.find(sentence);
        for (Lexicon.Match harm : harms) {
            for (Lexicon.Match denial : denials) {
                if (denial.to() <= harm.from() && harm.from() - denial.to() <= WINDOW) {
                    out.add(NAME, 1, sentence.span(denial.from(), harm.to()));
                    return;
                }
            }
        }
    }
}
