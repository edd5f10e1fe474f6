package org.claimlens.features;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@code cue.safety_claim}: a harm from the risk list that the sentence denies or plays down, by a
 * word just before it ("never any nausea", "without the risks of surgery", "non-addictive") or by
 * what it says of the harm just after ("side effects are mild and temporary"). A seller's safety
 * claim and a warning share their vocabulary; the denial is what tells them apart, and the risk list
 * alone cannot see it. A denied harm is not a warning, so {@link LexiconCues} leaves it out of
 * {@code caveat.risk} and emits this feature instead.
 */
final class SafetyClaims implements LexiconCues.Veto {

    static final String NAME = "cue.safety_claim";

    /** How many words may stand between the denial and the harm ("won't bring any side effects": two). */
    private static final int DENIAL_WINDOW = 2;
    /** What may stand between a harm and the word that plays it down: "side effects tend to be mild". */
    private static final Set<String> LINKS = Set.of("is", "are", "was", "were", "be", "been", "remain", "remains",
            "tend", "tends", "to", "usually", "generally", "typically", "often", "mostly", "very", "quite");

    private final List<Lexicon> context;

    SafetyClaims(Lexicon negators, Lexicon playDowns) {
        this.context = List.of(negators, playDowns);
    }

    @Override
    public String feature() {
        return NAME;
    }

    @Override
    public List<Lexicon> context() {
        return context;
    }

    @Override
    public UnaryOperator<Lexicon.Match> in(SentenceText sentence, List<List<Lexicon.Match>> contextMatches) {
        return new Reading(sentence, contextMatches.get(0), contextMatches.get(1))::claimOn;
    }

    /** A sentence's denials and play-downs, found once and asked about each harm in it. */
    private record Reading(SentenceText sentence, List<Lexicon.Match> denials, List<Lexicon.Match> lessenings) {

        /** The denial before, or the play-down after, the harm; null when neither. */
        Lexicon.Match claimOn(Lexicon.Match harm) {
            for (Lexicon.Match denial : denials) {
                if (denial.to() <= harm.from() && harm.from() - denial.to() <= DENIAL_WINDOW && !cancelled(denial)) {
                    return denial;
                }
            }
            for (Lexicon.Match lessening : lessenings) {
                if (lessening.from() >= harm.to() && linked(harm.to(), lessening.from())) {
                    return lessening;
                }
            }
            return null;
        }

        private boolean linked(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!LINKS.contains(sentence.words().get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Two denials in a row cancel out into an admission: "not without risks", "not free of side effects". */
        private boolean cancelled(Lexicon.Match denial) {
            for (Lexicon.Match other : denials) {
                if (other.from() == denial.to() || other.to() == denial.from()) {
                    return true;
                }
            }
            return false;
        }
    }
}
