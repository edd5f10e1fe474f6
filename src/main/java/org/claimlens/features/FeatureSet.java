package org.claimlens.features;

/** Which feature families a model uses; compared when choosing the shipped model. */
public enum FeatureSet {
    /** Hand-written cues only: lexicons, citations, numbers, voice, page furniture. */
    CUES,
    /** Word unigrams and bigrams only. */
    NGRAMS,
    /** Both. */
    BOTH;

    public boolean usesCues() {
        return this != NGRAMS;
    }

    public boolean usesNgrams() {
        return this != CUES;
    }
}
