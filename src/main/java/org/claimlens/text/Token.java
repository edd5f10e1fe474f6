package org.claimlens.text;

/** One token of a sentence: its text as written and its character span in the document. */
public record Token(String text, int begin, int end) {
}
