package org.claimlens.features;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/** Figures: percentages, sample sizes, statistics, doses, money. */
public final class NumberFeatures extends PatternFeatures {

    /** Number words a count may be written in ("twelve adults", "two dozen patients"). */
    private static final List<String> COUNT_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "dozen", "thousand", "million");
    private static final String COUNT = "(?:\\d[\\d,]*|" + String.join("|", COUNT_WORDS) + ")";
    /** Who a sample size counts ("18 adults", "two dozen grown-ups"), every form written out. */
    private static final List<String> PEOPLE_FORMS = List.of("adult", "adults", "patient", "patients",
            "participant", "participants", "people", "person", "persons", "women", "men", "children", "kids",
            "subject", "subjects", "volunteer", "volunteers", "individual", "individuals", "veteran", "veterans",
            "user", "users", "mice", "rats", "infant", "infants", "adolescent", "adolescents", "teen", "teens",
            "teenager", "teenagers", "girls", "boys", "smokers", "residents", "nurses", "doctors", "physicians",
            "cases", "pregnancies", "babies", "grownups", "grown-ups", "respondents", "households", "students",
            "athletes", "survivors", "recipients", "clients", "customers", "members");
    private static final String PEOPLE = "(?:" + String.join("|", PEOPLE_FORMS) + ")";
    /** The words a sentence shows for those forms: "grown-ups" reads as "grown" and "ups". */
    private static final Set<String> PEOPLE_WORDS = PEOPLE_FORMS.stream()
            .flatMap(form -> Stream.of(form.split("-"))).collect(Collectors.toUnmodifiableSet());

    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();
    private static final Map<String, Predicate<SentenceText>> GATES = new HashMap<>();

    static {
        PATTERNS.put("num.percent", Pattern.compile("(?i)\\d(?:[\\d.,]*)\\s?(?:%|per\\s?cent\\b)"));
        PATTERNS.put("num.sample_size", Pattern.compile(
                "(?i)\\b" + COUNT + "(?:[\\s-]+" + COUNT + ")*\\s+(?:[\\p{L}-]+\\s+){0,3}?" + PEOPLE + "\\b"));
        PATTERNS.put("num.p_value", Pattern.compile("(?i)\\bp\\s*[<=>≤]\\s*0?\\.\\d+"));
        PATTERNS.put("num.confidence_interval", Pattern.compile(
                "(?i)\\b(?:95|99|90)\\s?%\\s*(?:CI|confidence interval)|\\bCI\\b[\\s:,]*\\d|\\b(?:odds|hazard|risk) ratio\\b|\\b[HO]R\\s*[=:,]?\\s*\\d"));
        PATTERNS.put("num.dose", Pattern.compile(
                "(?i)\\b\\d[\\d.,]*\\s?(?:mg|mcg|µg|μg|g|ml|mL|iu|IU|units?|mg/kg|mg/dl|mmol|cc)\\b"));
        PATTERNS.put("num.money", Pattern.compile("[$£€]\\s?\\d[\\d,.]*|\\b\\d[\\d,.]*\\s?(?:dollars|pounds|euros|USD)\\b"));
        PATTERNS.put("num.ratio_change", Pattern.compile(
                "(?i)\\b(?:halved|doubled|tripled|quadrupled|\\d+(?:\\.\\d+)?[-\\s]?(?:fold|times))\\b|\\bone in (?:\\w+)\\b|\\b\\d+ (?:in|out of) \\d+\\b"));
        PATTERNS.put("num.any", Pattern.compile("\\d"));
    }

    static {
        for (String feature : List.of("num.percent", "num.p_value", "num.dose", "num.money", "num.any")) {
            GATES.put(feature, HAS_DIGIT);
        }
        GATES.put("num.sample_size", hasWord(PEOPLE_WORDS).and(HAS_DIGIT.or(hasWord(Set.copyOf(COUNT_WORDS)))));
        GATES.put("num.confidence_interval", HAS_DIGIT.or(hasWord(Set.of("ratio"))));
        GATES.put("num.ratio_change", HAS_DIGIT.or(hasWord(Set.of("halved", "doubled", "tripled", "quadrupled", "one"))));
    }

    public NumberFeatures() {
        super(PATTERNS, GATES);
    }
}
