package org.claimlens.report;

import java.util.List;
import java.util.Set;
import org.claimlens.model.Label;

/**
 * The questions of the article checklist, in the spirit of HealthNewsReview.org's review criteria.
 * Each is answered yes when at least one sentence with one of the {@code labels} fired one of the
 * {@code features}; those sentences are the support shown to the reader.
 */
public enum ChecklistItem {
    MENTIONS_HARMS("Does it mention harms or side effects?",
            Set.of(Label.CAVEAT, Label.EVIDENCE), List.of("caveat.risk")),
    MENTIONS_COSTS("Does it mention costs?",
            Set.of(Label.CAVEAT, Label.EVIDENCE, Label.NEUTRAL), List.of("caveat.cost", "num.money")),
    MENTIONS_EVIDENCE_LIMITS("Does it discuss the quality or limits of the evidence?",
            Set.of(Label.CAVEAT), List.of("caveat.evidence_gap", "mix.source_limited", "caveat.conflict_of_interest")),
    QUANTIFIES_BENEFITS("Does it quantify benefits with figures from a study?",
            Set.of(Label.EVIDENCE), List.of("num.percent", "num.ratio_change", "num.sample_size")),
    NAMES_INDEPENDENT_SOURCES("Does it name independent sources?",
            Set.of(Label.EVIDENCE), List.of("cite.any_marker", "cite.journal", "cite.authority", "cite.reporting",
                    "design.study")),
    MENTIONS_ALTERNATIVES("Does it mention alternatives?",
            Set.of(Label.CAVEAT, Label.EVIDENCE, Label.NEUTRAL), List.of("context.alternatives"));

    private final String question;
    private final Set<Label> labels;
    private final List<String> features;

    ChecklistItem(String question, Set<Label> labels, List<String> features) {
        this.question = question;
        this.labels = labels;
        this.features = features;
    }

    public String question() {
        return question;
    }

    /** The column name in articles.csv: the constant's name in lower case. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    Set<Label> labels() {
        return labels;
    }

    List<String> features() {
        return features;
    }
}
