package org.claimlens.model;

import org.claimlens.features.FeatureSet;

/**
 * How to train a model. {@link #shipped()} is the configuration of the model in {@code models/},
 * chosen by the comparison in the README; a test holds the committed model to it.
 *
 * @param classifier a Weka classifier class name
 * @param options its options, as on Weka's command line
 * @param minNgramSentences an n-gram enters the vocabulary when at least this many training sentences contain it
 * @param maxVocabulary the vocabulary's size limit (most frequent n-grams first)
 */
public record TrainingOptions(FeatureSet featureSet, String classifier, String options, long seed, int folds,
        int minNgramSentences, int maxVocabulary) {

    public static TrainingOptions shipped() {
        return new TrainingOptions(FeatureSet.BOTH, "weka.classifiers.functions.Logistic", "-R 10.0 -M 500 -C",
                1, 10, 3, 4000);
    }

    public TrainingOptions with(FeatureSet newFeatureSet, String newClassifier, String newOptions) {
        return new TrainingOptions(newFeatureSet, newClassifier, newOptions, seed, folds, minNgramSentences,
                maxVocabulary);
    }
}
