package org.claimlens.model;

import java.util.List;

/** A classifier's predictions for labelled sentences, and the figures they give. */
public record Evaluation(List<LabelledSentence> sentences, List<Prediction> predictions, Scores scores) {

    public static Evaluation of(SentenceClassifier classifier, List<LabelledSentence> sentences) {
        List<Prediction> predictions = sentences.stream().map(s -> classifier.classify(s.text())).toList();
        Scores scores = new Scores(sentences.stream().map(LabelledSentence::label).toList(),
                predictions.stream().map(Prediction::label).toList(),
                predictions.stream().map(Prediction::probabilities).toList());
        return new Evaluation(List.copyOf(sentences), predictions, scores);
    }
}
