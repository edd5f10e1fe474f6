package org.claimlens.features;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    private static final Set<String> COUNT_WORD_SET = Set.copyOf(COUNT_WORDS);
    private static final String COUNT = "(?:\\d[\\d,]*|" + String.join("|", COUNT_WORDS) + ")";
    /** Who a sample size counts ("18 adults", "two dozen grown-ups"), every form written out. */
    private static final List<String> PEOPLE_FORMS = List.of("adult", "adults", "patient", "patients",
            "participant", "participants", "people", "person", "persons", "women", "men", "children", "kids",
            "subject", "subjects", "volunteer", "volunteers", "individual", "individuals", "veteran", "veterans",
            "user", "users", "mice", "rats", "infant", "infants", "adolescent", "adolescents", "teen", "teens",
            "teenager", "teenagers", "girls", "boys", "smokers", "residents", "nurses", "doctors", "physicians",
            "cases", "pregnancies", "babies", "grownups", "grown-ups", "respondents", "households", "students",
            "athletes", "survivors", "recipients", "clients", "customers", "members", "outpatients", "inpatients",
            "employees", "workers", "couples", "twins", "families", "donors", "pairs", "pupils");
    private static final String PEOPLE = "(?:" + String.join("|", PEOPLE_FORMS) + ")";
    /** The words a sentence shows for those forms: "grown-ups" reads as "grown" and "ups". */
    private static final Set<String> PEOPLE_WORDS = PEOPLE_FORMS.stream()
            .flatMap(form -> Stream.of(form.split("-"))).collect(Collectors.toUnmodifiableSet());

    /** How money is written: a sign before the figure, or a currency word after it (as the text writes it). */
    private static final List<String> CURRENCY_SIGNS = List.of("$", "£", "€");
    // A figure in "pounds" is a weight in the training sentences ("lost 11 pounds"); sterling is written £.
    private static final List<String> CURRENCY_WORDS = List.of("dollars", "euros", "USD");

    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();
    private static final Map<String, Predicate<SentenceText>> GATES = new HashMap<>();

    static {
        PATTERNS.put("num.percent", Pattern.compile("(?i)\\d(?:[\\d.,]*)\\s?(?:%|per\\s?cent\\b)"));
        PATTERNS.put("num.sample_size", Pattern.compile(
                "(?i)\\b" + COUNT + "(?:[\\s-]+" + COUNT + ")*\\s+(?:[\\p{L}-]+\\s+){0,3}?" + PEOPLE + "\\b"));
        PATTERNS.put("num.p_value", Pattern.compile("(?i)\\bp\\s*[<=>≤]\\s*0?\\.\\d+"));
        PATTERNS.put("num.confidence_interval", Pattern.compile(
                "(?i)\\b(?:95|99|90)\\s?%\\s*(?:CI|confidence interval)\\b|\\bCI\\b[\\s:,]*\\d|\\b(?:odds|hazard|risk) ratio\\b"
                        // only the capitals abbreviate a ratio: "two or 3 times" is not one
                        + "|(?-i:\\b[HO]R)\\s*[=:,]?\\s*\\d"));
        PATTERNS.put("num.dose", Pattern.compile(
                "(?i)\\b\\d[\\d.,]*\\s?(?:mg|mcg|µg|μg|g|ml|mL|iu|IU|units?|mg/kg|mg/dl|mmol|cc)\\b"));
        PATTERNS.put("num.money", Pattern.compile("[" + String.join("", CURRENCY_SIGNS) + "]\\s?\\d[\\d,.]*|\\b\\d[\\d,.]*\\s?(?:"
                + String.join("|", CURRENCY_WORDS) + ")\\b"));
        PATTERNS.put("num.ratio_change", Pattern.compile(
                "(?i)\\b(?:halved|doubled|tripled|quadrupled|\\d+(?:\\.\\d+)?[-\\s]?(?:fold|times))\\b|\\bone in (?:\\w+)\\b|\\b\\d+ (?:in|out of) \\d+\\b"));
        // The whole figure, not its first digit, is what a reader needs to see as the evidence.
        PATTERNS.put("num.any", Pattern.compile("\\d+(?:[.,]\\d+)*"));
    }

    static {
        for (String feature : List.of("num.percent", "num.dose", "num.any")) {
            GATES.put(feature, HAS_DIGIT);
        }
        GATES.put("num.p_value", HAS_DIGIT.and(hasWord(Set.of("p"))));
        GATES.put("num.money", contains(CURRENCY_SIGNS.toArray(String[]::new)).or(HAS_DIGIT.and(
                hasWordEnding(CURRENCY_WORDS.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList()))));
        GATES.put("num.sample_size", hasWord(PEOPLE_WORDS).and(HAS_DIGIT.or(hasWord(COUNT_WORD_SET))));
        GATES.put("num.confidence_interval", hasWord(Set.of("ci", "confidence", "ratio")).or(contains("HR", "OR")));
        GATES.put("num.ratio_change", hasWord(Set.of("halved", "doubled", "tripled", "quadrupled"))
                .or(HAS_DIGIT.and(hasWordEnding(List.of("fold", "times"))))
                .or(NumberFeatures::countBeforeIn));
    }

    /** "one in seven", "3 in 10", "4 out of 5": a count, then "in" or "out". */
    private static boolean countBeforeIn(SentenceText sentence) {
        List<String> words = sentence.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            String next = words.get(i + 1);
            if (next.equals("in") || next.equals("out")) {
                String count = words.get(i);
                if (wordOrPart(count, "one"::equals) || Character.isDigit(count.charAt(count.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    public NumberFeatures() {
        super(PATTERNS, GATES, Map.of("num.sample_size", NumberFeatures::countStarts));
    }

    /** Where a count can begin: the first of a run of digits, or a number word. */
    private static int[] countStarts(SentenceText sentence) {
        String text = sentence.text();
        int[] starts = new int[8];
        int n = 0;
        int word = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean digitRun = isAsciiDigit(text.charAt(i)) && (i == 0 || !isAsciiDigit(text.charAt(i - 1)));
            while (word < sentence.size() && sentence.start(word) < i) {
                word++;
            }
            boolean countWord = word < sentence.size() && sentence.start(word) == i
                    && COUNT_WORD_SET.contains(sentence.words().get(word));
            if (digitRun || countWord) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, 2 * n);
                }
                starts[n++] = i;
            }
        }
        return Arrays.copyOf(starts, n);
    }
}
