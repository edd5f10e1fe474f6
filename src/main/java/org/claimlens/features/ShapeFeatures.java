package org.claimlens.features;

import java.util.List;

/**
 * The sentence's form: headings and capitals. Its length is deliberately not a feature: how long a
 * sentence is says nothing about what it claims, and the length cues it once had learned how the
 * training sentences happened to be written (they scored higher on both held-out files without them).
 */
public final class ShapeFeatures implements FeatureExtractor {

    /** Headings are short lines without closing punctuation. */
    private static final int HEADING_MAX_WORDS = 14;
    private static final String CLOSING_MARKS = ".!?;:…";
    /** What may follow the closing mark: quotes and brackets. */
    private static final String AFTER_CLOSING_MARK = "\"”’')]";

    @Override
    public List<String> featureNames() {
        return List.of("shape.heading", "shape.all_caps", "shape.title_case");
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        String text = sentence.text().strip();
        int n = sentence.size();
        boolean closed = closed(text);
        if (!closed && n > 0 && n <= HEADING_MAX_WORDS) {
            out.add("shape.heading", 1);
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        boolean allCaps = letters >= 4 && upper >= 0.8 * letters;
        if (allCaps) {
            out.add("shape.all_caps", 1);
        }
        int longWords = 0;
        int capitalised = 0;
        for (int i = 0; i < n; i++) {
            if (sentence.words().get(i).length() > 3) {
                longWords++;
                if (Character.isUpperCase(sentence.firstChar(i))) {
                    capitalised++;
                }
            }
        }
        if (!allCaps && longWords >= 2 && capitalised >= 0.7 * longWords) {
            out.add("shape.title_case", 1);
        }
    }

    private static boolean closed(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (CLOSING_MARKS.indexOf(c) >= 0) {
                return true;
            }
            if (AFTER_CLOSING_MARK.indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }
}
