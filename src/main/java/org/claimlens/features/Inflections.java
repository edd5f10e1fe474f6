package org.claimlens.features;

import java.util.List;
import java.util.Locale;

/**
 * Folds a word to a crude base form so that "promises", "promised" and "promising" match the
 * lexicon entry "promise". The same function is applied to lexicon phrases and to sentences, so it
 * need only be consistent, not linguistically right; a regular inflection table replaces CoreNLP's
 * lemmatizer, which needs part-of-speech tags and would make the pipeline twenty times slower.
 */
public final class Inflections {

    private Inflections() {
    }

    public static String base(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        w = americanSpelling(w);
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ied") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.endsWith("ing") && w.length() > 5) {
            w = withoutEnding(w, 3);
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = withoutEnding(w, 2);
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * {@code w} without its last {@code letters}, a doubled final consonant undoubled ("stopped"), and
     * the silent e a short stem lost put back ("noted" is "note", not "not"; "saving" is "save").
     * Four-letter words keep their final e, so short words do not collide with others ("not", "car", "mad").
     */
    private static String withoutEnding(String w, int letters) {
        String stem = w.substring(0, w.length() - letters);
        String single = undouble(stem);
        return single.length() == stem.length() && stem.length() <= 3 ? stem + "e" : single;
    }

    private static final List<String> BRITISH_SUFFIXES = List.of("isation", "ising", "ised", "ises", "ise");

    private static String americanSpelling(String w) {
        if (w.indexOf("is") < 0) {
            return w;
        }
        for (String suffix : BRITISH_SUFFIXES) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 3) {
                return w.substring(0, w.length() - suffix.length()) + "iz" + suffix.substring(2);
            }
        }
        return w;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lsfz".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
