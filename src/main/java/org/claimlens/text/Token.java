package org.claimlens.text;

/**
 * One token of a sentence: its text as written, its character span in the document, and its
 * part-of-speech tag and lemma when the annotators produced them (else {@code null}).
 */
public record Token(String text, int begin, int end, String tag, String lemma) {

    public Token(String text, int begin, int end) {
        this(text, begin, end, null, null);
    }
}
