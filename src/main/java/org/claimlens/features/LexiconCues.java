package org.claimlens.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Phrase-list cues: one feature per lexicon, 1 when any phrase of the list occurs in the sentence,
 * with the matched text as evidence.
 */
public final class LexiconCues implements FeatureExtractor {

    private final Map<String, Lexicon> lexiconsByFeature;

    /** @param lexiconsByFeature feature name → lexicon, in schema order */
    public LexiconCues(Map<String, Lexicon> lexiconsByFeature) {
        this.lexiconsByFeature = new LinkedHashMap<>(lexiconsByFeature);
    }

    @Override
    public List<String> featureNames() {
        return new ArrayList<>(lexiconsByFeature.keySet());
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        lexiconsByFeature.forEach((feature, lexicon) -> {
            List<Lexicon.Match> matches = lexicon.find(sentence);
            if (!matches.isEmpty()) {
                out.add(feature, 1, matches.stream()
                        .map(m -> sentence.span(m.from(), m.to()))
                        .distinct()
                        .collect(Collectors.joining(", ")));
            }
        });
    }
}
