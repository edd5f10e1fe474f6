package org.claimlens.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.claimlens.model.Label;
import org.claimlens.pipeline.AnalyzedDocument;
import org.claimlens.pipeline.ScoredSentence;

/**
 * One document's verdict: label counts and shares, promotional sentences left unsupported, the
 * checklist with its supporting sentences, and a risk score.
 *
 * <p>The risk score, from 0 (no selling) to 100 (unsupported hype, no safeguards):
 * <pre>
 *   S    = promotional / (promotional + evidence + caveat + 1)
 *   M    = share of the checklist questions answered "no"
 *   risk = round(100 × S × (0.6 + 0.4 × M))
 * </pre>
 * S is the share of the document's claims that sell; the +1 keeps one stray sentence from setting
 * the score on its own. M scales it up to half again when the document also omits harms, costs,
 * evidence limits, figures, sources and alternatives. A page with no claims at all scores 0.
 */
public record ArticleSummary(String documentId, String source, int sentences, Map<Label, Integer> counts,
        int unsupportedPromotional, Map<ChecklistItem, List<Integer>> checklist, int riskScore) {

    public static ArticleSummary of(AnalyzedDocument analyzed) {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            counts.put(label, 0);
        }
        Map<ChecklistItem, List<Integer>> checklist = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            checklist.put(item, new ArrayList<>());
        }
        for (ScoredSentence scored : analyzed.sentences()) {
            Label label = scored.prediction().label();
            counts.merge(label, 1, Integer::sum);
            for (ChecklistItem item : ChecklistItem.values()) {
                if (item.labels().contains(label) && item.features().stream().anyMatch(scored.features()::has)) {
                    checklist.get(item).add(scored.sentence().index());
                }
            }
        }
        checklist.replaceAll((item, indices) -> List.copyOf(indices));
        int promotional = counts.get(Label.PROMOTIONAL);
        int unsupported = counts.get(Label.EVIDENCE) == 0 ? promotional : 0;
        return new ArticleSummary(analyzed.document().id(), analyzed.document().source(),
                analyzed.sentences().size(), counts, unsupported, checklist, riskScore(counts, checklist));
    }

    static int riskScore(Map<Label, Integer> counts, Map<ChecklistItem, List<Integer>> checklist) {
        int promotional = counts.get(Label.PROMOTIONAL);
        double selling = promotional / (promotional + counts.get(Label.EVIDENCE) + counts.get(Label.CAVEAT) + 1.0);
        long missing = checklist.values().stream().filter(List::isEmpty).count();
        double omissions = (double) missing / ChecklistItem.values().length;
        return (int) Math.round(100 * selling * (0.6 + 0.4 * omissions));
    }

    public double share(Label label) {
        return sentences == 0 ? 0 : (double) counts.get(label) / sentences;
    }

    public boolean answer(ChecklistItem item) {
        return !checklist.get(item).isEmpty();
    }
}
