package org.claimlens.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Citation markers and reference formats, found by their written shape. */
public final class CitationFeatures implements FeatureExtractor {

    private static final String NUMBER_WORD =
            "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                    + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
                    + "|ninety|hundred)";

    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();
    /** Patterns that cannot match a sentence without a digit; skipped for most sentences. */
    private static final java.util.Set<String> NEED_A_DIGIT = java.util.Set.of("cite.glued_marker", "cite.bracket_marker", "cite.author_year", "cite.pmid", "cite.reference_format", "cite.year");

    static {
        // "controlled.9" at the end of a sentence, or "patients,12 has" / "patients.12,13" inside it
        PATTERNS.put("cite.glued_marker", Pattern.compile(
                "(?<=[\\p{L}\\)%])[.,;:!?][\"”’)]?\\d{1,3}(?:[,–-]\\d{1,3})*(?=[\\s\\p{Z}]|$)"));
        PATTERNS.put("cite.superscript_marker", Pattern.compile("\\p{L}[.,]?[¹²³⁰⁴-⁹]+"));
        PATTERNS.put("cite.bracket_marker", Pattern.compile("\\[\\s*\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*\\s*\\]"));
        PATTERNS.put("cite.author_year", Pattern.compile(
                "\\(\\s*[\\p{Lu}][\\p{L}'-]+(?:\\s+(?:et\\s+al\\.?|and|&)(?:\\s+[\\p{Lu}][\\p{L}'-]+)?)?,?\\s+"
                        + "(?:19|20)\\d\\d[a-z]?(?:\\s*;[^)]*)?\\)"));
        PATTERNS.put("cite.et_al", Pattern.compile("\\bet\\s+al\\b"));
        PATTERNS.put("cite.doi", Pattern.compile("(?i)\\b(?:doi:?\\s*)?10\\.\\d{4,9}/\\S+|\\bdoi\\b"));
        PATTERNS.put("cite.pmid", Pattern.compile("(?i)\\b(?:PMID|PMCID|PMC)\\s*:?\\s*\\d{4,}"));
        PATTERNS.put("cite.reference_format", Pattern.compile(
                "\\b(?:19|20)\\d\\d\\s*;\\s*\\d+|\\b\\d+\\s*\\(\\d+\\)\\s*:\\s*\\d+|\\b(?:Vol|vol)\\.\\s*\\d+|\\bpp?\\.\\s*\\d+"));
        PATTERNS.put("cite.spelled_marker", Pattern.compile(
                "(?<=\\p{Ll})[.,]" + NUMBER_WORD + "(?:[ -]" + NUMBER_WORD + ")*(?=[\\s\\p{Z}]|$)"));
        PATTERNS.put("cite.year", Pattern.compile("\\b(?:19[5-9]\\d|20[0-3]\\d)\\b"));
    }

    @Override
    public List<String> featureNames() {
        return List.copyOf(PATTERNS.keySet());
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        boolean digits = sentence.hasDigit();
        PATTERNS.forEach((feature, pattern) -> {
            if (!digits && NEED_A_DIGIT.contains(feature)) {
                return;
            }
            Matcher m = pattern.matcher(sentence.text());
            if (m.find()) {
                out.add(feature, 1, m.group().strip());
            }
        });
    }
}
