package org.claimlens.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Features found by the written shape of the text: one regular expression each, 1 when it matches,
 * with the first match as evidence. A pattern may have a gate, a cheap test that every sentence it
 * can match passes (a digit, a word from a closed list, a character): the expression runs only when
 * the gate passes, which for most sentences and most patterns it does not. A pattern may also have
 * anchors, the only offsets where a match can begin (where a count starts), so the expression is
 * tried there instead of at every character. Neither ever changes a feature's value, only how much
 * of the text the expression has to be tried on ({@code PatternGatesProperties} holds them to that).
 */
public abstract class PatternFeatures implements FeatureExtractor {

    /** The gate of a pattern that cannot match without a digit. */
    protected static final Predicate<SentenceText> HAS_DIGIT = SentenceText::hasDigit;

    private final Map<String, Pattern> patterns;
    private final Map<String, Predicate<SentenceText>> gates;
    private final Map<String, Function<SentenceText, int[]>> anchors;

    /** @param gates feature → necessary condition; patterns without one always run */
    protected PatternFeatures(Map<String, Pattern> patterns, Map<String, Predicate<SentenceText>> gates) {
        this(patterns, gates, Map.of());
    }

    /**
     * @param anchors feature → every offset, in increasing order, where a match of its pattern can
     *     begin: the pattern is then tried only there, instead of at every character
     */
    protected PatternFeatures(Map<String, Pattern> patterns, Map<String, Predicate<SentenceText>> gates,
            Map<String, Function<SentenceText, int[]>> anchors) {
        this.patterns = new LinkedHashMap<>(patterns);
        this.gates = Map.copyOf(gates);
        this.anchors = Map.copyOf(anchors);
    }

    /**
     * A gate that passes when the sentence has any of {@code words} (lower case) as a word, or as
     * either part of a word an apostrophe joins ("patient's" holds "patient" for a pattern's {@code \b}).
     */
    protected static Predicate<SentenceText> hasWord(Set<String> words) {
        return anyWordPart(words::contains);
    }

    /** A gate that passes when some word or word part ends with one of {@code endings}: "3fold" is one word. */
    protected static Predicate<SentenceText> hasWordEnding(List<String> endings) {
        return anyWordPart(part -> {
            for (String ending : endings) {
                if (part.endsWith(ending)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** A gate that passes when some word or word part starts with {@code prefix}. */
    protected static Predicate<SentenceText> hasWordStarting(String prefix) {
        return anyWordPart(part -> part.startsWith(prefix));
    }

    /** Whether {@code word}, or a part of it on either side of its apostrophe, passes {@code test}. */
    protected static boolean wordOrPart(String word, Predicate<String> test) {
        if (test.test(word)) {
            return true;
        }
        int apostrophe = word.indexOf('\'');
        return apostrophe > 0 && (test.test(word.substring(0, apostrophe)) || test.test(word.substring(apostrophe + 1)));
    }

    private static Predicate<SentenceText> anyWordPart(Predicate<String> test) {
        return sentence -> {
            for (String word : sentence.words()) {
                if (wordOrPart(word, test)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** What a pattern's {@code \d} matches. */
    protected static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A gate that passes when the text holds any of {@code pieces} as written (case-sensitive). */
    protected static Predicate<SentenceText> contains(String... pieces) {
        return sentence -> {
            for (String piece : pieces) {
                if (sentence.text().contains(piece)) {
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
            Function<SentenceText, int[]> anchor = anchors.get(feature);
            if (anchor == null) {
                match(feature, pattern, sentence, out);
            } else {
                matchAtAnchors(feature, pattern, anchor.apply(sentence), sentence, out);
            }
        });
    }

    /** The first anchor a match starts at is where {@link Matcher#find()} would have found it. */
    private static void matchAtAnchors(String feature, Pattern pattern, int[] starts, SentenceText sentence,
            FeatureVector out) {
        String text = sentence.text();
        Matcher m = null;
        for (int start : starts) {
            m = m == null ? pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false) : m;
            if (m.region(start, text.length()).lookingAt()) {
                out.add(feature, 1, m.group().strip());
                return;
            }
        }
    }

    /** Every pattern searched for in all of every sentence: the reference gates and anchors are tested against. */
    void extractWithoutGates(SentenceText sentence, FeatureVector out) {
        patterns.forEach((feature, pattern) -> match(feature, pattern, sentence, out));
    }

    private static void match(String feature, Pattern pattern, SentenceText sentence, FeatureVector out) {
        Matcher m = pattern.matcher(sentence.text());
        if (m.find()) {
            out.add(feature, 1, m.group().strip());
        }
    }
}
