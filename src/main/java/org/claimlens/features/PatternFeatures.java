package org.claimlens.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Features found by the written shape of the text: one regular expression each, 1 when it matches,
 * with the first match as evidence. A pattern may have a gate, a cheap test that every sentence it
 * can match passes (a digit, a word from a closed list, a character): the expression runs only when
 * the gate passes, which for most sentences and most patterns it does not. A gate never changes a
 * feature's value, only whether the expression has to be tried.
 */
public abstract class PatternFeatures implements FeatureExtractor {

    /** The gate of a pattern that cannot match without a digit. */
    protected static final Predicate<SentenceText> HAS_DIGIT = SentenceText::hasDigit;

    private final Map<String, Pattern> patterns;
    private final Map<String, Predicate<SentenceText>> gates;

    /** @param gates feature → necessary condition; patterns without one always run */
    protected PatternFeatures(Map<String, Pattern> patterns, Map<String, Predicate<SentenceText>> gates) {
        this.patterns = new LinkedHashMap<>(patterns);
        this.gates = Map.copyOf(gates);
    }

    /**
     * A gate that passes when the sentence has any of {@code words} (lower case) as a word, or as the
     * part of a word before an apostrophe ("patient's" holds "patient" for a pattern's {@code \b}).
     */
    protected static Predicate<SentenceText> hasWord(Set<String> words) {
        return sentence -> {
            for (String word : sentence.words()) {
                int apostrophe = word.indexOf('\'');
                if (words.contains(word) || (apostrophe > 0 && words.contains(word.substring(0, apostrophe)))) {
                    return true;
                }
            }
            return false;
        };
    }

    @Override
    public List<String> featureNames() {
        return List.copyOf(patterns.keySet());
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        patterns.forEach((feature, pattern) -> {
            Predicate<SentenceText> gate = gates.get(feature);
            if (gate != null && !gate.test(sentence)) {
                return;
            }
            Matcher m = pattern.matcher(sentence.text());
            if (m.find()) {
                out.add(feature, 1, m.group().strip());
            }
        });
    }
}
