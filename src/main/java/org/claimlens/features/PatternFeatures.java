package org.claimlens.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Features found by the written shape of the text: one regular expression each, 1 when it matches,
 * with the first match as evidence. Patterns that cannot match without a digit are skipped for
 * sentences that have none, which is most of them.
 */
public abstract class PatternFeatures implements FeatureExtractor {

    private final Map<String, Pattern> patterns;
    private final Set<String> needADigit;

    protected PatternFeatures(Map<String, Pattern> patterns, Set<String> needADigit) {
        this.patterns = new LinkedHashMap<>(patterns);
        this.needADigit = Set.copyOf(needADigit);
    }

    @Override
    public List<String> featureNames() {
        return List.copyOf(patterns.keySet());
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        boolean digits = sentence.hasDigit();
        patterns.forEach((feature, pattern) -> {
            if (!digits && needADigit.contains(feature)) {
                return;
            }
            Matcher m = pattern.matcher(sentence.text());
            if (m.find()) {
                out.add(feature, 1, m.group().strip());
            }
        });
    }
}
