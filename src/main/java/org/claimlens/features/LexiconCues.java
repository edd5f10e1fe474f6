package org.claimlens.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Phrase-list cues: one feature per lexicon, 1 when any phrase of the list occurs in the sentence,
 * with the matched text as evidence. All lists are matched together in one pass over the words.
 *
 * <p>When the sentence turns on a contrast ({@link Turn}), the claim, limit and source cues are also
 * marked by the side they stand on: {@code contrast.main_limit} for "it helps, but it is not a
 * cure", {@code contrast.conceded_limit} for "results vary, but most clients feel transformed".
 *
 * <p>A list's match can be vetoed by what surrounds it, when the words mean the opposite there: a
 * harm the sentence denies ("no side effects") is no warning.
 */
public final class LexiconCues implements FeatureExtractor {

    /** Decides from the sentence around them which of a list's matches do not count. */
    interface Veto {
        /** The test for this sentence's matches, read from the sentence once. */
        Predicate<Lexicon.Match> in(SentenceText sentence);
    }

    /** Which cues count as a claim, a limit or a source when a sentence turns, by name prefix. */
    private static final Map<String, String> SIDES = Map.of("cue.", "claim", "caveat.", "limit", "design.", "source",
            "cite.", "source");
    private static final List<String> SIDE_NAMES = List.of("claim", "limit", "source");

    private final List<String> features;
    private final String[] sideOfFeature;
    private final Lexicon combined;
    private final Veto[] vetoOfFeature;

    /**
     * @param lexiconsByFeature feature name → lexicon, in schema order
     * @param vetoes feature name → what can veto that feature's matches (features absent have none)
     */
    LexiconCues(Map<String, Lexicon> lexiconsByFeature, Map<String, Veto> vetoes) {
        Map<String, Lexicon> ordered = new LinkedHashMap<>(lexiconsByFeature);
        this.features = new ArrayList<>(ordered.keySet());
        this.combined = Lexicon.combine(new ArrayList<>(ordered.values()));
        this.vetoOfFeature = features.stream().map(vetoes::get).toArray(Veto[]::new);
        this.sideOfFeature = new String[features.size()];
        for (int i = 0; i < features.size(); i++) {
            for (Map.Entry<String, String> side : SIDES.entrySet()) {
                if (features.get(i).startsWith(side.getKey())) {
                    sideOfFeature[i] = side.getValue();
                }
            }
        }
    }

    @Override
    public List<String> featureNames() {
        List<String> names = new ArrayList<>(features);
        for (String side : SIDE_NAMES) {
            names.add("contrast.main_" + side);
            names.add("contrast.conceded_" + side);
        }
        return names;
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        List<Lexicon.Match> matches = unvetoed(sentence, combined.find(sentence));
        if (matches.isEmpty()) {
            return;
        }
        List<Set<String>> evidence = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            evidence.add(null);
        }
        for (Lexicon.Match m : matches) {
            if (evidence.get(m.list()) == null) {
                evidence.set(m.list(), new LinkedHashSet<>());
            }
            evidence.get(m.list()).add(sentence.span(m.from(), m.to()));
        }
        for (int i = 0; i < features.size(); i++) {
            if (evidence.get(i) != null) {
                out.add(features.get(i), 1, String.join(", ", evidence.get(i)));
            }
        }
        Turn turn = Turn.of(sentence);
        if (turn != null) {
            for (Lexicon.Match m : matches) {
                String side = sideOfFeature[m.list()];
                if (side != null && turn.inMain(m.from())) {
                    out.add("contrast.main_" + side, 1, sentence.span(m.from(), m.to()));
                } else if (side != null && turn.inConcession(m.from())) {
                    out.add("contrast.conceded_" + side, 1, sentence.span(m.from(), m.to()));
                }
            }
        }
    }

    /** The matches no veto removes; a list's veto reads the sentence once, and only if the list matched. */
    private List<Lexicon.Match> unvetoed(SentenceText sentence, List<Lexicon.Match> found) {
        Map<Integer, Predicate<Lexicon.Match>> vetoesHere = null;
        List<Lexicon.Match> kept = new ArrayList<>(found.size());
        for (Lexicon.Match m : found) {
            Veto veto = vetoOfFeature[m.list()];
            if (veto != null) {
                if (vetoesHere == null) {
                    vetoesHere = new HashMap<>(2);
                }
                if (vetoesHere.computeIfAbsent(m.list(), list -> veto.in(sentence)).test(m)) {
                    continue;
                }
            }
            kept.add(m);
        }
        return kept;
    }
}
