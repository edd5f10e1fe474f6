package org.claimlens.features;

import java.util.List;

/** The sentence's form: headings, capitals, length. */
public final class ShapeFeatures implements FeatureExtractor {

    /** Headings are short lines without closing punctuation. */
    private static final int HEADING_MAX_WORDS = 14;
    private static final java.util.regex.Pattern CLOSED = java.util.regex.Pattern.compile("[.!?;:…][\"”’')\\]]*$");

    @Override
    public List<String> featureNames() {
        return List.of("shape.heading", "shape.all_caps", "shape.title_case", "shape.no_verb_fragment",
                "len.short", "len.long", "len.words");
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        String text = sentence.text().strip();
        int n = sentence.size();
        boolean closed = CLOSED.matcher(text).find();
        if (!closed && n > 0 && n <= HEADING_MAX_WORDS) {
            out.add("shape.heading", 1);
        }
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        boolean allCaps = letters >= 4 && upper >= 0.8 * letters;
        if (allCaps) {
            out.add("shape.all_caps", 1);
        }
        long longWords = sentence.words().stream().filter(w -> w.length() > 3).count();
        long capitalised = 0;
        for (int i = 0; i < n; i++) {
            String original = sentence.span(i, i + 1);
            if (original.length() > 3 && Character.isUpperCase(original.charAt(0))) {
                capitalised++;
            }
        }
        if (!allCaps && longWords >= 2 && capitalised >= 0.7 * longWords) {
            out.add("shape.title_case", 1);
        }
        if (n <= 4) {
            out.add("len.short", 1);
        }
        if (n >= 35) {
            out.add("len.long", 1);
        }
        out.add("len.words", Math.min(n, 60) / 30.0);
    }
}
