package org.claimlens.pipeline;

import java.util.List;
import org.claimlens.document.Document;

/** A document and every one of its sentences, scored, in order. */
public record AnalyzedDocument(Document document, List<ScoredSentence> sentences) {
    public AnalyzedDocument {
        sentences = List.copyOf(sentences);
    }
}
