package org.claimlens.features;

import java.util.List;
import java.util.Set;

/** Who speaks to whom: person, imperatives, questions, quotation. */
public final class VoiceFeatures implements FeatureExtractor {

    private static final Set<String> FIRST_SINGULAR = Set.of("i", "my", "me", "mine", "myself", "i'm", "i've", "i'd", "i'll");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "our", "us", "ours", "ourselves", "we're", "we've", "we'll", "we'd");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd");
    private static final Set<String> IMPERATIVE_LEAD_INS = Set.of("please", "so", "now", "just", "then", "and", "simply");

    /** What may follow a closing question mark: quotes, brackets, spaces. */
    private static final String AFTER_QUESTION_MARK = "\"”’')]";
    private static final String QUOTATION_MARKS = "\"“”«»";

    private final Lexicon imperatives;

    public VoiceFeatures(Lexicon imperatives) {
        this.imperatives = imperatives;
    }

    @Override
    public List<String> featureNames() {
        return List.of("voice.first_person_singular", "voice.first_person_plural", "voice.second_person",
                "voice.imperative", "voice.question", "voice.exclamation", "voice.quotation");
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        List<String> words = sentence.words();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (FIRST_SINGULAR.contains(w)) {
                out.add("voice.first_person_singular", 1, sentence.span(i, i + 1));
            } else if (FIRST_PLURAL.contains(w)) {
                out.add("voice.first_person_plural", 1, sentence.span(i, i + 1));
            } else if (SECOND.contains(w)) {
                out.add("voice.second_person", 1, sentence.span(i, i + 1));
            }
        }
        int first = 0;
        while (first < words.size() - 1 && IMPERATIVE_LEAD_INS.contains(words.get(first))) {
            first++;
        }
        String text = sentence.text();
        boolean question = endsWithQuestionMark(text);
        Lexicon.Match imperative = question ? null : imperatives.longestAt(sentence, first);
        if (imperative != null) {
            out.add("voice.imperative", 1, sentence.span(imperative.from(), imperative.to()));
        }
        if (question) {
            out.add("voice.question", 1);
        }
        if (text.indexOf('!') >= 0) {
            out.add("voice.exclamation", 1);
        }
        for (int i = 0; i < text.length(); i++) {
            if (QUOTATION_MARKS.indexOf(text.charAt(i)) >= 0) {
                out.add("voice.quotation", 1);
                break;
            }
        }
    }

    private static boolean endsWithQuestionMark(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (AFTER_QUESTION_MARK.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }
}
