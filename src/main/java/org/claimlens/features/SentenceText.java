package org.claimlens.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence as the extractors see it: the text, and its words with their inflection-folded base
 * forms. Words are runs of letters and digits (an apostrophe may join two runs), so hyphenated
 * compounds and the tokens CoreNLP splits off ("do", "n't") read the same in sentences and lexicons.
 */
public final class SentenceText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private final String text;
    private final List<String> words;
    private final List<String> bases;
    private final int[] starts;
    private final int[] ends;
    private final boolean hasDigit;

    public SentenceText(String text) {
        this.text = text;
        List<String> w = new ArrayList<>();
        List<String> b = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String lower = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            w.add(lower);
            b.add(Inflections.base(lower));
            spans.add(new int[] {m.start(), m.end()});
        }
        this.words = List.copyOf(w);
        this.bases = List.copyOf(b);
        this.starts = spans.stream().mapToInt(s -> s[0]).toArray();
        this.ends = spans.stream().mapToInt(s -> s[1]).toArray();
        this.hasDigit = text.chars().anyMatch(Character::isDigit);
    }

    /** Whether the text holds any digit, so digit-only patterns can be skipped. */
    public boolean hasDigit() {
        return hasDigit;
    }

    public String text() {
        return text;
    }

    /** Lower-cased words in order. */
    public List<String> words() {
        return words;
    }

    /** Inflection-folded base forms, parallel to {@link #words()}. */
    public List<String> bases() {
        return bases;
    }

    public int size() {
        return words.size();
    }

    /** The original text of words {@code from} (inclusive) to {@code to} (exclusive). */
    public String span(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }
}
