package org.claimlens.model;

import java.util.List;
import org.claimlens.features.FeatureSet;
import org.claimlens.text.Annotators;

/**
 * How to train a model. {@link #shipped()} is the configuration of the model in {@code models/},
 * chosen by the comparison in the README; a test holds the committed model to it.
 *
 * @param annotators the CoreNLP annotators the features are computed from
 * @param classifier a Weka classifier class name
 * @param options its options, as on Weka's command line
 * @param minNgramSentences an n-gram enters the vocabulary when at least this many training sentences contain it
 * @param maxVocabulary the vocabulary's size limit (most frequent n-grams first)
 * @param excludedFamilies feature families (the part of a name before its first dot, such as
 *     {@code voice}) left out of the model, for the ablation; empty for the shipped model
 */
public record TrainingOptions(FeatureSet featureSet, Annotators annotators, String classifier, String options,
        long seed, int folds, int minNgramSentences, int maxVocabulary, List<String> excludedFamilies) {

    public TrainingOptions {
        excludedFamilies = List.copyOf(excludedFamilies);
    }

    public static TrainingOptions shipped() {
        return new TrainingOptions(FeatureSet.BOTH, Annotators.TOKENIZE_SSPLIT, "weka.classifiers.functions.SMO",
                "-M -C 0.1 -N 2", 1, 10, 3, 4000, List.of());
    }

    public TrainingOptions with(FeatureSet newFeatureSet, String newClassifier, String newOptions) {
        return new TrainingOptions(newFeatureSet, annotators, newClassifier, newOptions, seed, folds,
                minNgramSentences, maxVocabulary, excludedFamilies);
    }

    public TrainingOptions withAnnotators(Annotators newAnnotators) {
        return new TrainingOptions(featureSet, newAnnotators, classifier, options, seed, folds, minNgramSentences,
                maxVocabulary, excludedFamilies);
    }

    public TrainingOptions without(List<String> families) {
        return new TrainingOptions(featureSet, annotators, classifier, options, seed, folds, minNgramSentences,
                maxVocabulary, families);
    }

    public TrainingOptions withFolds(int newFolds) {
        return new TrainingOptions(featureSet, annotators, classifier, options, seed, newFolds, minNgramSentences,
                maxVocabulary, excludedFamilies);
    }
}
