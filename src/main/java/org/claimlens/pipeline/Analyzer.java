package org.claimlens.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.claimlens.document.Document;
import org.claimlens.features.FeatureVector;
import org.claimlens.model.SentenceClassifier;
import org.claimlens.text.Sentence;
import org.claimlens.text.SentenceSplitter;

/** Document → sentences → features → labels. Stateless after construction; safe to share between threads. */
public final class Analyzer {

    private final SentenceSplitter splitter;
    private final SentenceClassifier classifier;

    /** @param maxSentenceTokens longer sentences are cut into pieces of this many tokens */
    public Analyzer(SentenceClassifier classifier, int maxSentenceTokens) {
        this.splitter = new SentenceSplitter(maxSentenceTokens, classifier.schema().annotators());
        this.classifier = classifier;
    }

    public Analyzer(SentenceClassifier classifier) {
        this(classifier, SentenceSplitter.DEFAULT_MAX_TOKENS);
    }

    public AnalyzedDocument analyze(Document document) {
        List<ScoredSentence> scored = new ArrayList<>();
        for (Sentence sentence : splitter.split(document.text())) {
            FeatureVector features = classifier.schema().extract(sentence);
            scored.add(new ScoredSentence(sentence, features, classifier.classify(features)));
        }
        return new AnalyzedDocument(document, scored);
    }
}
