package org.claimlens.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Phrase-list cues: one feature per lexicon, 1 when any phrase of the list occurs in the sentence,
 * with the matched text as evidence. All lists are matched together in one pass over the words.
 *
 * <p>When the sentence turns on a contrast ({@link Turn}), the claim, limit and source cues are also
 * marked by the side they stand on: {@code contrast.main_limit} for "it helps, but it is not a
 * cure", {@code contrast.conceded_limit} for "results vary, but most clients feel transformed".
 *
 * <p>A list's match can be vetoed by what surrounds it, when the words mean the opposite there: a
 * harm the sentence denies ("no side effects") is no warning but a safety claim, and the veto's own
 * feature fires instead. The lists a veto reads are scanned in the same pass as the cue lists.
 */
public final class LexiconCues implements FeatureExtractor {

    /** Decides from the sentence around them which of a list's matches do not count, and why. */
    interface Veto {
        /** The feature a vetoed match is evidence of instead. */
        String feature();

        /** The lists the veto reads around a match. */
        List<Lexicon> context();

        /**
         * For one sentence, given each context list's matches in it (in {@link #context()} order): the
         * words that veto a match, or null when the match counts.
         */
        UnaryOperator<Lexicon.Match> in(SentenceText sentence, List<List<Lexicon.Match>> contextMatches);
    }

    /** Which cues count as a claim, a limit or a source when a sentence turns, by name prefix. */
    private static final Map<String, String> SIDES = Map.of("cue.", "claim", "caveat.", "limit", "design.", "source",
            "cite.", "source");
    private static final List<String> SIDE_NAMES = List.of("claim", "limit", "source");

    private final List<String> features;
    private final String[] sideOfFeature;
    private final Lexicon combined;
    private final Veto[] vetoOfFeature;
    /** Each veto, with where its context lists start among the combined lists. */
    private final Map<Veto, Integer> contextStart = new LinkedHashMap<>();

    /**
     * @param lexiconsByFeature feature name → lexicon, in schema order
     * @param vetoes feature name → what can veto that feature's matches (features absent have none)
     */
    LexiconCues(Map<String, Lexicon> lexiconsByFeature, Map<String, Veto> vetoes) {
        Map<String, Lexicon> ordered = new LinkedHashMap<>(lexiconsByFeature);
        this.features = new ArrayList<>(ordered.keySet());
        this.vetoOfFeature = features.stream().map(vetoes::get).toArray(Veto[]::new);
        List<Lexicon> lists = new ArrayList<>(ordered.values());
        for (Veto veto : vetoOfFeature) {
            if (veto != null && !contextStart.containsKey(veto)) {
                contextStart.put(veto, lists.size());
                lists.addAll(veto.context());
            }
        }
        this.combined = Lexicon.combine(lists);
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
        contextStart.keySet().forEach(veto -> names.add(veto.feature()));
        return names;
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        List<Lexicon.Match> matches = unvetoed(sentence, combined.find(sentence), out);
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

    /**
     * The cue matches no veto removes. A veto reads the sentence once, and only if its list matched;
     * the first match it removes is emitted as the veto's feature, from its reason to the match.
     */
    private List<Lexicon.Match> unvetoed(SentenceText sentence, List<Lexicon.Match> found, FeatureVector out) {
        Map<Veto, UnaryOperator<Lexicon.Match>> vetoesHere = null;
        List<Lexicon.Match> kept = new ArrayList<>(found.size());
        for (Lexicon.Match m : found) {
            if (m.list() >= features.size()) {
                continue;
            }
            Veto veto = vetoOfFeature[m.list()];
            if (veto != null) {
                if (vetoesHere == null) {
                    vetoesHere = new HashMap<>(2);
                }
                Lexicon.Match reason = vetoesHere.computeIfAbsent(veto, v -> v.in(sentence, contextMatches(v, found)))
                        .apply(m);
                if (reason != null) {
                    if (!out.has(veto.feature())) {
                        out.add(veto.feature(), 1, sentence.span(Math.min(reason.from(), m.from()),
                                Math.max(reason.to(), m.to())));
                    }
                    continue;
                }
            }
            kept.add(m);
        }
        return kept;
    }

    /** The matches of each of the veto's context lists, in its {@link Veto#context()} order. */
    private List<List<Lexicon.Match>> contextMatches(Veto veto, List<Lexicon.Match> found) {
        int start = contextStart.get(veto);
        List<List<Lexicon.Match>> byList = new ArrayList<>();
        for (int i = 0; i < veto.context().size(); i++) {
            byList.add(new ArrayList<>());
        }
        for (Lexicon.Match m : found) {
            int list = m.list() - start;
            if (list >= 0 && list < byList.size()) {
                byList.get(list).add(m);
            }
        }
        return byList;
    }
}
