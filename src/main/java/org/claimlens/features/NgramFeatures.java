package org.claimlens.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Word unigrams and bigrams over base forms ({@code ngram.trial}, {@code ngram.our_clinic}), limited
 * to a vocabulary learned from the training data and stored in the model bundle. Each run of digits
 * is folded to '0' so that "18 adults" and "240 adults" share a feature.
 */
public final class NgramFeatures implements FeatureExtractor {

    public static final String PREFIX = "ngram.";

    private final List<String> vocabulary;
    /** The vocabulary's unigram features by their word, so lookups build no names. */
    private final Map<String, String> featureByWord = new HashMap<>();
    /** The bigram features by first word, then second word: looking a pair up joins no strings. */
    private final Map<String, Map<String, String>> featureByPair = new HashMap<>();

    public NgramFeatures(List<String> vocabulary) {
        this.vocabulary = List.copyOf(vocabulary);
        for (String name : this.vocabulary) {
            String gram = name.substring(PREFIX.length());
            int join = gram.indexOf('_');
            if (join < 0) {
                featureByWord.put(gram, name);
            } else {
                featureByPair.computeIfAbsent(gram.substring(0, join), first -> new HashMap<>())
                        .put(gram.substring(join + 1), name);
            }
        }
    }

    /**
     * The n-grams that occur in at least {@code minSentences} sentences, most frequent first (ties by
     * name), at most {@code maxSize} of them.
     */
    public static List<String> learnVocabulary(Iterable<SentenceText> sentences, int minSentences, int maxSize) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (SentenceText sentence : sentences) {
            Set<String> grams = new HashSet<>();
            forEachGram(sentence, gram -> grams.add(PREFIX + gram));
            grams.forEach(gram -> documentFrequency.merge(gram, 1, Integer::sum));
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(documentFrequency.entrySet());
        entries.removeIf(e -> e.getValue() < minSentences);
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Collections.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return entries.stream().limit(maxSize).map(Map.Entry::getKey).sorted().toList();
    }

    @Override
    public List<String> featureNames() {
        return vocabulary;
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        String previous = null;
        for (String base : sentence.bases()) {
            String term = foldDigits(base);
            String unigram = featureByWord.get(term);
            if (unigram != null) {
                out.add(unigram, 1);
            }
            Map<String, String> pairs = previous == null ? null : featureByPair.get(previous);
            String bigram = pairs == null ? null : pairs.get(term);
            if (bigram != null) {
                out.add(bigram, 1);
            }
            previous = term;
        }
    }

    /** Each run of digits becomes one '0'. */
    private static String foldDigits(String word) {
        if (!SentenceText.containsDigit(word)) {
            return word;
        }
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isDigit(c)) {
                folded.append(c);
            } else if (i == 0 || !Character.isDigit(word.charAt(i - 1))) {
                folded.append('0');
            }
        }
        return folded.toString();
    }

    /** Each unigram and bigram of the sentence, without the prefix, in order (repeats included). */
    private static void forEachGram(SentenceText sentence, Consumer<String> gram) {
        String previous = null;
        for (String base : sentence.bases()) {
            String term = foldDigits(base);
            gram.accept(term);
            if (previous != null) {
                gram.accept(previous + "_" + term);
            }
            previous = term;
        }
    }
}
