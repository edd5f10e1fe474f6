package org.claimlens.features;

import java.util.List;

/**
 * Computes one family of features for a sentence. Every extractor declares the complete, fixed list
 * of feature names it can emit, so a model can be built over a known schema, and it emits only
 * names from that list.
 */
public interface FeatureExtractor {

    /** Every feature name this extractor can emit, in a stable order. */
    List<String> featureNames();

    void extract(SentenceText sentence, FeatureVector out);
}
