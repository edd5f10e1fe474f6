package org.claimlens.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only class that touches CoreNLP: splits a document into sentences and tokens with character
 * offsets into the original text.
 *
 * <p>By default only {@code tokenize} and {@code ssplit} run: part-of-speech tagging costs twenty
 * times the tokenizer and measured no accuracy gain (see the README's ablation), so the features use
 * closed-class word lists instead; {@link Annotators} selects the costlier sets that the ablation
 * measures. One instance serves all worker threads; each thread gets its own
 * CoreNLP pipeline (cheap to build without statistical models), because threads sharing one pipeline
 * measured 20–30% slower on two cores (see the README's benchmark).
 *
 * <p>On top of CoreNLP's boundaries, two rules repair the citation habits of health copy that the
 * tokenizer does not know: a reference number glued to the full stop ("controlled.9 Ketamine") and
 * the same marker spelled out by article-spinning software ("seventies.seventy six The"). Sentences
 * longer than {@link #maxTokens} tokens (run-on text, lists without punctuation) are cut into
 * consecutive pieces of at most that many tokens, so that no single "sentence" can stall a run.
 */
public final class SentenceSplitter {

    public static final int DEFAULT_MAX_TOKENS = 200;

    /** The closing quotes and bracket that may stand between the full stop and a glued marker. */
    private static final String CLOSERS = "\"”’)";

    /** A boundary hidden behind a glued marker: the split point is the end of group 1. */
    static final Pattern GLUED_MARKER_BOUNDARY = Pattern.compile(
            "(?<=[\\p{L}\\)\\]%])[.!?][" + CLOSERS + "]?"
                    + "(\\d{1,3}(?:[,–-]\\d{1,3})*|" + NumberWords.SEQUENCE + ")"
                    + "(?=[\\s\\p{Z}]+[\"“‘(]?\\p{Lu})");

    private static final Map<Annotators, SentenceSplitter> SHARED = new ConcurrentHashMap<>();

    private final ThreadLocal<StanfordCoreNLP> pipeline;
    private final int maxTokens;
    private final Annotators annotators;

    public SentenceSplitter(int maxTokens, Annotators annotators) {
        if (maxTokens < 10) {
            throw new IllegalArgumentException("maxTokens must be at least 10, got " + maxTokens);
        }
        this.maxTokens = maxTokens;
        this.annotators = annotators;
        Properties props = new Properties();
        props.setProperty("annotators", annotators.corenlp());
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options",
                "untokenizable=noneKeep,invertible=false,ptb3Escaping=false,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.pipeline = ThreadLocal.withInitial(() -> new StanfordCoreNLP(props, false));
    }

    /** One splitter per annotator set for the whole process, with the default limits. */
    public static SentenceSplitter shared(Annotators annotators) {
        return SHARED.computeIfAbsent(annotators, a -> new SentenceSplitter(DEFAULT_MAX_TOKENS, a));
    }

    public Annotators annotators() {
        return annotators;
    }

    /**
     * {@code text} as one sentence, whatever boundaries CoreNLP would find in it: for text that is
     * already one sentence, such as a training row or the argument of {@code explain}.
     */
    public Sentence whole(String text) {
        List<Token> tokens = new ArrayList<>();
        for (CoreMap coreSentence : annotate(text).get(CoreAnnotations.SentencesAnnotation.class)) {
            tokens.addAll(tokens(text, coreSentence));
        }
        return new Sentence(0, 0, text.length(), text, tokens);
    }

    /** Splits {@code text} into sentences in document order, numbered from 0. */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap coreSentence : annotate(text).get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = tokens(text, coreSentence);
            if (!tokens.isEmpty()) {
                splitAtGluedMarkers(text, tokens, sentences);
            }
        }
        return sentences;
    }

    private Annotation annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.get().annotate(annotation);
        return annotation;
    }

    private List<Token> tokens(String text, CoreMap coreSentence) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : coreSentence.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new Token(text.substring(label.beginPosition(), label.endPosition()),
                    label.beginPosition(), label.endPosition(), label.tag(), label.lemma()));
        }
        return tokens;
    }

    private void splitAtGluedMarkers(String text, List<Token> tokens, List<Sentence> out) {
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        if (!mayHideBoundary(text, begin, end)) {
            capLength(text, tokens, out);
            return;
        }
        Matcher matcher = GLUED_MARKER_BOUNDARY.matcher(text).region(begin, end);
        int from = 0;
        while (matcher.find()) {
            int cut = matcher.end(1);
            int to = from;
            while (to < tokens.size() && tokens.get(to).begin() < cut) {
                to++;
            }
            if (to > from && to < tokens.size()) {
                capLength(text, tokens.subList(from, to), out);
                from = to;
            }
        }
        capLength(text, tokens.subList(from, tokens.size()), out);
    }

    /**
     * Whether {@link #GLUED_MARKER_BOUNDARY} can match in the region: it needs a full stop, '!' or '?'
     * after the region's first character, followed (past one closing quote or bracket) by a digit or
     * the letter of a number word. Almost no sentence has one, so the pattern rarely runs.
     */
    static boolean mayHideBoundary(String text, int begin, int end) {
        for (int i = begin + 1; i < end - 1; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int next = i + 1;
                if (CLOSERS.indexOf(text.charAt(next)) >= 0) {
                    next++;
                }
                if (next < end && Character.isLetterOrDigit(text.charAt(next))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void capLength(String text, List<Token> tokens, List<Sentence> out) {
        for (int from = 0; from < tokens.size(); from += maxTokens) {
            List<Token> piece = tokens.subList(from, Math.min(tokens.size(), from + maxTokens));
            int begin = piece.get(0).begin();
            int end = piece.get(piece.size() - 1).end();
            out.add(new Sentence(out.size(), begin, end, text.substring(begin, end), piece));
        }
    }
}
