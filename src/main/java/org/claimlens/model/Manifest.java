package org.claimlens.model;

import java.util.Map;

/**
 * What a model bundle says about itself: where it came from and what it needs to run. Stored as
 * {@code manifest.json} in the bundle; {@code entries} holds the SHA-256 of every other part.
 *
 * @param annotators the CoreNLP annotators the features were computed from ({@code Annotators} name)
 * @param trainingDataSha256 hash of the training CSV files (names and bytes)
 * @param trainingFeaturesSha256 hash of the features computed for every training sentence, so a
 *     change to the feature code that alters any training vector shows up as a stale model
 * @param temperature calibration temperature applied to the classifier's log-probabilities
 * @param crossValidation cross-validated figures, as {@link Scores#toJson()}
 */
public record Manifest(
        String format,
        int formatVersion,
        String claimLensVersion,
        String featureSchemaVersion,
        String featureSchemaFingerprint,
        String featureSet,
        String annotators,
        String trainingDataSha256,
        String trainingFeaturesSha256,
        int trainingSentences,
        Map<String, Integer> labelCounts,
        String classifier,
        String classifierOptions,
        long seed,
        double temperature,
        Map<String, String> libraries,
        Map<String, Object> crossValidation,
        Map<String, String> entries) {

    public static final String FORMAT = "claimlens-model";
    public static final int FORMAT_VERSION = 2;

    public Manifest withEntries(Map<String, String> newEntries) {
        return new Manifest(format, formatVersion, claimLensVersion, featureSchemaVersion,
                featureSchemaFingerprint, featureSet, annotators, trainingDataSha256, trainingFeaturesSha256,
                trainingSentences, labelCounts, classifier, classifierOptions, seed, temperature, libraries,
                crossValidation, newEntries);
    }
}
