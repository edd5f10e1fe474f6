package org.claimlens.features;

import java.util.List;

/**
 * Conjunctions of other features that a linear model cannot form by itself, such as hype inside
 * reported or critical speech ("clinics promise miraculous results") or a figure the seller
 * produced about its own clients. It reads the features already in the vector, so the schema runs
 * it after every other extractor.
 */
public final class CombinedCues implements FeatureExtractor {

    private static final List<String> MARKERS = List.of("cite.glued_marker", "cite.superscript_marker",
            "cite.bracket_marker", "cite.author_year", "cite.et_al", "cite.doi", "cite.pmid",
            "cite.reference_format", "cite.spelled_marker");
    private static final List<String> INDEPENDENT_SOURCES = List.of("cite.journal", "cite.authority",
            "design.study", "cite.reporting");
    private static final List<String> FIGURES = List.of("num.percent", "num.sample_size", "num.ratio_change");
    /**
     * What, besides a citation marker, lets a reader find the study a sentence talks about: a
     * journal, a year, a sample, the trial's own name, a line of its abstract. A named agency or
     * society is not enough on its own, since sellers drop such names without pointing at anything.
     */
    private static final List<String> STUDY_IDENTIFIERS = List.of("cite.journal", "cite.year", "num.sample_size",
            "cite.named_trial", "cite.abstract_section");

    @Override
    public List<String> featureNames() {
        return List.of("cite.any_marker", "mix.hype_reported", "mix.figure_self_sourced",
                "mix.benefit_unsourced", "mix.hedged_benefit", "mix.source_limited", "mix.cited_claim",
                "cite.study_identified", "cite.study_unidentified", "mix.unidentified_study_claim");
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        boolean marker = any(out, MARKERS);
        boolean sourced = marker || any(out, INDEPENDENT_SOURCES);
        boolean benefit = out.has("cue.benefit_claim") || out.has("cue.hype_word");
        if (marker) {
            out.add("cite.any_marker", 1);
        }
        if (out.has("cue.hype_word") && (out.has("caveat.critical_framing") || out.has("cite.reporting"))) {
            out.add("mix.hype_reported", 1);
        }
        if (any(out, FIGURES) && (out.has("source.self") || out.has("voice.first_person_plural"))) {
            out.add("mix.figure_self_sourced", 1);
        }
        if (benefit && !sourced) {
            out.add("mix.benefit_unsourced", 1);
        }
        if (benefit && out.has("hedge.word") && !sourced) {
            out.add("mix.hedged_benefit", 1);
        }
        if (sourced && (out.has("caveat.limiter") || out.has("caveat.evidence_gap"))) {
            out.add("mix.source_limited", 1);
        }
        if (marker && (benefit || out.has("caveat.risk") || any(out, FIGURES))) {
            out.add("mix.cited_claim", 1);
        }
        // The guide's line between evidence and vague authority: "a 2018 trial of 90 adults" can be
        // looked up, "numerous clinical studies" cannot, however many figures follow it.
        if (out.has("design.study")) {
            if (marker || any(out, STUDY_IDENTIFIERS)) {
                out.add("cite.study_identified", 1);
            } else if (!out.has("cite.authority")) {
                out.add("cite.study_unidentified", 1);
                if (benefit || any(out, FIGURES) || out.has("booster.word")) {
                    out.add("mix.unidentified_study_claim", 1);
                }
            }
        }
    }

    private static boolean any(FeatureVector out, List<String> names) {
        for (String name : names) {
            if (out.has(name)) {
                return true;
            }
        }
        return false;
    }
}
