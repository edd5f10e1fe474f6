package org.claimlens.text;

import java.util.List;

/**
 * One sentence of a document. {@code begin} and {@code end} are character offsets into the original
 * document text, so {@code documentText.substring(begin, end).equals(text)} always holds.
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
