package org.claimlens.features;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.claimlens.text.NumberWords;

/** Citation markers and reference formats, found by their written shape. */
public final class CitationFeatures extends PatternFeatures {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final List<String> ABSTRACT_SECTIONS = List.of("background", "objectives?", "aims?", "purpose",
            "design", "setting", "participants", "patients", "interventions?", "methods?", "measurements",
            "main outcome measures?", "outcomes?", "results?", "findings", "conclusions?", "interpretation");

    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();
    private static final Map<String, Predicate<SentenceText>> GATES = new HashMap<>();

    static {
        // "controlled.9" at the end of a sentence, or "patients,12 has" / "patients.12,13" inside it
        PATTERNS.put("cite.glued_marker", Pattern.compile(
                "(?<=[\\p{L}\\)%])[.,;:!?][\"”’)]?\\d{1,3}(?:[,–-]\\d{1,3})*(?=[\\s\\p{Z}]|$)"));
        PATTERNS.put("cite.superscript_marker", Pattern.compile("\\p{L}[.,]?[" + SUPERSCRIPT_DIGITS + "]+"));
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
                "(?<=\\p{Ll})[.,]" + NumberWords.SEQUENCE + "(?=[\\s\\p{Z}]|$)"));
        PATTERNS.put("cite.year", Pattern.compile("\\b(?:19[5-9]\\d|20[0-3]\\d)\\b"));
        // a trial known by its acronym ("the MELODY trial", "DiRECT trial", "SKYLIGHT 1 study") or registry number
        PATTERNS.put("cite.named_trial", Pattern.compile(
                "\\b[A-Z](?=[\\w-]*[A-Z])[\\w-]{2,}(?:\\s+\\d{1,2})?\\s+(?:trials?|study|studies|cohort|registry)\\b|\\bNCT\\d{8}\\b"));
        // a line of a structured abstract: "Methods: …", "Design: …"
        PATTERNS.put("cite.abstract_section", Pattern.compile("^\\W*(?i:" + String.join("|", ABSTRACT_SECTIONS) + ")\\s*:"));
    }

    static {
        GATES.put("cite.glued_marker", CitationFeatures::punctuationBeforeADigit);
        GATES.put("cite.superscript_marker", CitationFeatures::hasSuperscript);
        GATES.put("cite.bracket_marker", HAS_DIGIT.and(contains("[")));
        GATES.put("cite.author_year", HAS_DIGIT.and(contains("(")));
        GATES.put("cite.et_al", hasWord(Set.of("et")));
        GATES.put("cite.doi", contains("10.").or(hasWord(Set.of("doi"))));
        GATES.put("cite.pmid", HAS_DIGIT.and(hasWordStarting("pm")));
        GATES.put("cite.reference_format", HAS_DIGIT.and(contains(";", ":", "ol.", "p.")));
        GATES.put("cite.spelled_marker", CitationFeatures::punctuationBeforeALetter);
        GATES.put("cite.year", CitationFeatures::hasYearDigits);
        GATES.put("cite.named_trial", hasWord(Set.of("trial", "trials", "study", "studies", "cohort", "registry"))
                .or(contains("NCT")));
        GATES.put("cite.abstract_section", contains(":"));
    }

    public CitationFeatures() {
        super(PATTERNS, GATES);
    }

    private static boolean hasSuperscript(SentenceText sentence) {
        String text = sentence.text();
        for (int i = 0; i < text.length(); i++) {
            if (SUPERSCRIPT_DIGITS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A glued marker needs a letter, ")" or "%", then a mark, then (past at most one closing quote or
     * bracket) a digit.
     */
    private static boolean punctuationBeforeADigit(SentenceText sentence) {
        String text = sentence.text();
        for (int i = 1; i + 1 < text.length(); i++) {
            char before = text.charAt(i - 1);
            if (".,;:!?".indexOf(text.charAt(i)) >= 0 && (Character.isLetter(before) || before == ')' || before == '%')) {
                char next = text.charAt(i + 1);
                if (isAsciiDigit(next)
                        || ("\"”’)".indexOf(next) >= 0 && i + 2 < text.length() && isAsciiDigit(text.charAt(i + 2)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A year is "19" or "20" and two more digits; the pattern checks the range and the word boundaries. */
    private static boolean hasYearDigits(SentenceText sentence) {
        String text = sentence.text();
        for (int i = 0; i + 3 < text.length(); i++) {
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            if (((first == '1' && second == '9') || (first == '2' && second == '0'))
                    && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** A spelled-out marker sits right after a full stop or comma: ".seventy six". */
    private static boolean punctuationBeforeALetter(SentenceText sentence) {
        String text = sentence.text();
        for (int i = 1; i < text.length(); i++) {
            char before = text.charAt(i - 1);
            if ((before == '.' || before == ',') && Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
