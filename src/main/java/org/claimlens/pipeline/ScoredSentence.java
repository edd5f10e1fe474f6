package org.claimlens.pipeline;

import org.claimlens.features.FeatureVector;
import org.claimlens.model.Prediction;
import org.claimlens.text.Sentence;

/** A sentence with the features computed for it and the label the model gave it. */
public record ScoredSentence(Sentence sentence, FeatureVector features, Prediction prediction) {
}
