package org.claimlens.text;

/**
 * Which CoreNLP annotators run. The shipped model uses {@link #TOKENIZE_SSPLIT}; the others exist so
 * that the ablation in {@code compare --ablation} can measure what tagging and lemmatising buy in
 * accuracy against what they cost in speed, and a model trained with them records the fact.
 */
public enum Annotators {
    TOKENIZE_SSPLIT("tokenize,ssplit"),
    POS("tokenize,ssplit,pos"),
    POS_LEMMA("tokenize,ssplit,pos,lemma");

    private final String corenlp;

    Annotators(String corenlp) {
        this.corenlp = corenlp;
    }

    /** The value of CoreNLP's {@code annotators} property. */
    public String corenlp() {
        return corenlp;
    }

    /** Whether tokens carry part-of-speech tags. */
    public boolean tags() {
        return this != TOKENIZE_SSPLIT;
    }
}
