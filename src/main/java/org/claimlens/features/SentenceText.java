package org.claimlens.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimlens.text.Annotators;
import org.claimlens.text.Sentence;
import org.claimlens.text.SentenceSplitter;
import org.claimlens.text.Token;

/**
 * A sentence as the extractors see it: the text, and its words with their inflection-folded base
 * forms. Words are runs of letters and decimal digits, as a pattern's word boundary sees them ("works²"
 * is the word "works"; an apostrophe may join two runs), so hyphenated
 * compounds and the tokens CoreNLP splits off ("do", "n't") read the same in sentences and lexicons.
 * When the sentence comes from annotators that tag or lemmatise, each word also carries the tag of
 * the token it starts in, and its base form is folded from the token's lemma, so irregular forms
 * ("went", "mice") meet the lexicons too.
 */
public final class SentenceText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+(?:['’][\\p{L}]+)?");

    private final String text;
    private final List<String> words;
    private final List<String> bases;
    private final List<String> tags;
    private final int[] starts;
    private final int[] ends;
    private final boolean hasDigit;

    public SentenceText(String text) {
        this(text, 0, List.of());
    }

    /** A sentence with the tags and lemmas, if any, of its CoreNLP tokens. */
    public SentenceText(Sentence sentence) {
        this(sentence.text(), sentence.begin(), sentence.tokens());
    }

    /** {@code sentence} read as the given annotators would: tagged or lemmatised only when they do. */
    public static SentenceText read(String sentence, Annotators annotators) {
        return annotators.tags() ? new SentenceText(SentenceSplitter.shared(annotators).whole(sentence))
                : new SentenceText(sentence);
    }

    private SentenceText(String text, int offset, List<Token> tokens) {
        this.text = text;
        List<String> w = new ArrayList<>();
        List<String> b = new ArrayList<>();
        List<String> t = new ArrayList<>();
        int[] wordStarts = new int[16];
        int[] wordEnds = new int[16];
        Matcher m = WORD.matcher(text);
        int token = 0;
        while (m.find()) {
            while (token < tokens.size() && tokens.get(token).end() - offset <= m.start()) {
                token++;
            }
            Token covering = token < tokens.size() && tokens.get(token).begin() - offset <= m.start()
                    ? tokens.get(token) : null;
            String lower = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            String lemma = covering == null || covering.lemma() == null ? null
                    : covering.lemma().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (w.size() == wordStarts.length) {
                wordStarts = Arrays.copyOf(wordStarts, 2 * w.size());
                wordEnds = Arrays.copyOf(wordEnds, 2 * w.size());
            }
            wordStarts[w.size()] = m.start();
            wordEnds[w.size()] = m.end();
            w.add(lower);
            b.add(Inflections.base(lemma != null && covering.text().length() == m.group().length() ? lemma : lower));
            t.add(covering == null ? null : covering.tag());
        }
        this.words = List.copyOf(w);
        this.bases = List.copyOf(b);
        this.tags = Collections.unmodifiableList(t);
        this.starts = Arrays.copyOf(wordStarts, w.size());
        this.ends = Arrays.copyOf(wordEnds, w.size());
        this.hasDigit = containsDigit(text);
    }

    static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
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

    /**
     * Part-of-speech tags parallel to {@link #words()} (Penn Treebank), or {@code null} entries when
     * the sentence was not tagged.
     */
    public List<String> tags() {
        return tags;
    }

    public int size() {
        return words.size();
    }

    /** Where word {@code index} begins in the text. */
    public int start(int index) {
        return starts[index];
    }

    /** The first character of word {@code index} as written. */
    public char firstChar(int index) {
        return text.charAt(starts[index]);
    }

    /** The original text of words {@code from} (inclusive) to {@code to} (exclusive). */
    public String span(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }
}
