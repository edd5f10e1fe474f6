package org.claimlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.claimlens.document.Document;
import org.claimlens.features.FeatureSchema;
import org.claimlens.features.FeatureSet;
import org.claimlens.model.Label;
import org.claimlens.model.Prediction;
import org.claimlens.pipeline.AnalyzedDocument;
import org.claimlens.pipeline.ScoredSentence;
import org.claimlens.text.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Summaries of hand-written articles whose sentences carry fixed labels, so the summary and risk
 * formula are tested apart from any model.
 */
class ArticleSummaryTest {

    private static final FeatureSchema CUES = new FeatureSchema(FeatureSet.CUES, List.of());

    /** Builds an analysed document from (label, sentence) pairs. */
    private static AnalyzedDocument article(String... labelAndText) {
        List<ScoredSentence> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < labelAndText.length; i += 2) {
            Label label = Label.parse(labelAndText[i]).orElseThrow();
            String sentence = labelAndText[i + 1];
            int begin = text.length();
            text.append(sentence).append(' ');
            double[] p = new double[4];
            p[label.ordinal()] = 1;
            sentences.add(new ScoredSentence(new Sentence(i / 2, begin, begin + sentence.length(), sentence, List.of()),
                    CUES.extract(sentence), new Prediction(label, p, List.of())));
        }
        return new AnalyzedDocument(new Document("a", "a.txt", text.toString()), sentences);
    }

    @Test
    void unsupportedHypeWithNoCaveatsScoresHigh() {
        ArticleSummary summary = ArticleSummary.of(article(
                "promotional", "Our miracle drip melts away fatigue in minutes.",
                "promotional", "Thousands of clients swear by it.",
                "promotional", "Book your free session today!",
                "promotional", "Feel twenty again.",
                "neutral", "Open daily from 9 to 5."));
        assertEquals(4, summary.unsupportedPromotional());
        for (ChecklistItem item : ChecklistItem.values()) {
            assertFalse(summary.answer(item), item.name());
        }
        // S = 4 / (4 + 0 + 0 + 1) = 0.8; M = 1; risk = 100 × 0.8 × 1.0
        assertEquals(80, summary.riskScore());
    }

    @Test
    void cautiousCitedNewsScoresLow() {
        ArticleSummary summary = ArticleSummary.of(article(
                "neutral", "Ketamine is an anaesthetic.",
                "evidence", "A 2019 trial of 240 adults, published in JAMA, found a 30% drop in scores.",
                "caveat", "Side effects included nausea and raised blood pressure.",
                "caveat", "The study was small, and more research is needed.",
                "caveat", "Infusions cost $500 each and insurance does not cover them.",
                "promotional", "The clinic calls the results life-changing.",
                "evidence", "Compared with standard antidepressants, relapse was lower [4]."));
        assertEquals(0, summary.unsupportedPromotional());
        assertEquals(List.of(2), summary.checklist().get(ChecklistItem.MENTIONS_HARMS));
        assertEquals(List.of(4), summary.checklist().get(ChecklistItem.MENTIONS_COSTS));
        assertEquals(List.of(3), summary.checklist().get(ChecklistItem.MENTIONS_EVIDENCE_LIMITS));
        assertTrue(summary.answer(ChecklistItem.QUANTIFIES_BENEFITS));
        assertTrue(summary.answer(ChecklistItem.NAMES_INDEPENDENT_SOURCES));
        assertTrue(summary.answer(ChecklistItem.MENTIONS_ALTERNATIVES));
        // S = 1 / (1 + 2 + 3 + 1) = 1/7; M = 0; risk = round(100 × 1/7 × 0.6) = 9
        assertEquals(9, summary.riskScore());
    }

    @Test
    void aPageWithoutClaimsScoresZero() {
        ArticleSummary summary = ArticleSummary.of(article("neutral", "Contact us", "neutral", "Parking is free."));
        assertEquals(0, summary.riskScore());
        assertEquals(1.0, summary.share(Label.NEUTRAL), 1e-12);
    }

    @Test
    void riskFormulaAtItsEnds() {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        counts.put(Label.PROMOTIONAL, 99);
        counts.put(Label.EVIDENCE, 0);
        counts.put(Label.CAVEAT, 0);
        counts.put(Label.NEUTRAL, 0);
        Map<ChecklistItem, List<Integer>> none = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            none.put(item, List.of());
        }
        assertEquals(99, ArticleSummary.riskScore(counts, none));
        Map<ChecklistItem, List<Integer>> all = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            all.put(item, List.of(0));
        }
        assertEquals(59, ArticleSummary.riskScore(counts, all));
    }
}
