package org.claimlens.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrase-list cues: one feature per lexicon, 1 when any phrase of the list occurs in the sentence,
 * with the matched text as evidence. All lists are matched together in one pass over the words.
 */
public final class LexiconCues implements FeatureExtractor {

    private final List<String> features;
    private final Lexicon combined;

    /** @param lexiconsByFeature feature name → lexicon, in schema order */
    public LexiconCues(Map<String, Lexicon> lexiconsByFeature) {
        Map<String, Lexicon> ordered = new LinkedHashMap<>(lexiconsByFeature);
        this.features = new ArrayList<>(ordered.keySet());
        this.combined = Lexicon.combine(new ArrayList<>(ordered.values()));
    }

    @Override
    public List<String> featureNames() {
        return List.copyOf(features);
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        List<Lexicon.Match> matches = combined.find(sentence);
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
    }
}
