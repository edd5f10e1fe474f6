package org.claimlens.features;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimlens.text.Annotators;
import org.claimlens.text.Sentence;

/**
 * The complete, ordered set of feature extractors a model was trained with. Its {@link #VERSION}
 * changes whenever a feature's meaning changes; its {@link #fingerprint()} changes whenever a lexicon
 * or a feature name does, so a model bundle can refuse to run with features it was not trained on.
 */
public final class FeatureSchema {

    /** Bump when the meaning of any feature changes in a way names and lexicons do not show. */
    public static final String VERSION = "5";

    private static final String RISK_FEATURE = "caveat.risk";
    private static final Map<String, String> LEXICON_FEATURES = new LinkedHashMap<>();

    static {
        LEXICON_FEATURES.put("cue.hype_word", "hype");
        LEXICON_FEATURES.put("cue.guarantee", "guarantee");
        LEXICON_FEATURES.put("cue.vague_authority", "vague_authority");
        LEXICON_FEATURES.put("cue.offer", "offer");
        LEXICON_FEATURES.put("cue.benefit_claim", "benefit");
        LEXICON_FEATURES.put("cue.superiority", "superiority");
        LEXICON_FEATURES.put("cue.testimonial", "testimonial");
        LEXICON_FEATURES.put("hedge.word", "hedge");
        LEXICON_FEATURES.put("booster.word", "booster");
        LEXICON_FEATURES.put(RISK_FEATURE, "risk");
        LEXICON_FEATURES.put("caveat.evidence_gap", "evidence_gap");
        LEXICON_FEATURES.put("caveat.regulatory", "regulatory");
        LEXICON_FEATURES.put("caveat.see_doctor", "see_doctor");
        LEXICON_FEATURES.put("caveat.cost", "cost");
        LEXICON_FEATURES.put("caveat.disclaimer", "disclaimer");
        LEXICON_FEATURES.put("caveat.conflict_of_interest", "conflict_of_interest");
        LEXICON_FEATURES.put("caveat.critical_framing", "critical_framing");
        LEXICON_FEATURES.put("caveat.limiter", "limiter");
        LEXICON_FEATURES.put("design.study", "study_design");
        LEXICON_FEATURES.put("context.alternatives", "alternatives");
        LEXICON_FEATURES.put("cite.reporting", "reporting");
        LEXICON_FEATURES.put("cite.journal", "journal");
        LEXICON_FEATURES.put("cite.authority", "authority");
        LEXICON_FEATURES.put("source.self", "self_source");
        LEXICON_FEATURES.put("shape.boilerplate", "boilerplate");
        LEXICON_FEATURES.put("pos.modal", "modal");
        LEXICON_FEATURES.put("pos.superlative", "superlative");
        LEXICON_FEATURES.put("pos.comparative", "comparative");
    }

    private static final String IMPERATIVE_LEXICON = "imperative";
    private static final String NEGATOR_LEXICON = "negator";
    private static final String PLAY_DOWN_LEXICON = "play_down";

    private final FeatureSet featureSet;
    private final Annotators annotators;
    private final List<String> vocabulary;
    private final List<FeatureExtractor> extractors = new ArrayList<>();
    private final List<Lexicon> lexicons = new ArrayList<>();
    private final List<String> featureNames = new ArrayList<>();

    /**
     * @param vocabulary the n-gram vocabulary (ignored, and may be empty, when the set has no n-grams)
     */
    public FeatureSchema(FeatureSet featureSet, List<String> vocabulary) {
        this(featureSet, vocabulary, Annotators.TOKENIZE_SSPLIT);
    }

    /**
     * @param annotators what the sentences are annotated with: when they are tagged, the word-class
     *     features come from the tags rather than from word lists
     */
    public FeatureSchema(FeatureSet featureSet, List<String> vocabulary, Annotators annotators) {
        this.featureSet = featureSet;
        this.annotators = annotators;
        this.vocabulary = featureSet.usesNgrams() ? List.copyOf(vocabulary) : List.of();
        if (featureSet.usesCues()) {
            Map<String, Lexicon> byFeature = new LinkedHashMap<>();
            LEXICON_FEATURES.forEach((feature, file) -> {
                if (!(annotators.tags() && TaggedWordClasses.NAMES.contains(feature))) {
                    byFeature.put(feature, Lexicon.load(file));
                }
            });
            lexicons.addAll(byFeature.values());
            Lexicon imperatives = Lexicon.load(IMPERATIVE_LEXICON);
            lexicons.add(imperatives);
            Lexicon negators = Lexicon.load(NEGATOR_LEXICON);
            Lexicon playDowns = Lexicon.load(PLAY_DOWN_LEXICON);
            lexicons.add(negators);
            lexicons.add(playDowns);
            extractors.add(new LexiconCues(byFeature, Map.of(RISK_FEATURE, new SafetyClaims(negators, playDowns))));
            if (annotators.tags()) {
                extractors.add(new TaggedWordClasses());
            }
            extractors.add(new CitationFeatures());
            extractors.add(new NumberFeatures());
            extractors.add(new VoiceFeatures(imperatives));
        }
        if (featureSet.usesNgrams()) {
            extractors.add(new NgramFeatures(this.vocabulary));
        }
        if (featureSet.usesCues()) {
            extractors.add(new CombinedCues());
        }
        extractors.forEach(e -> featureNames.addAll(e.featureNames()));
    }

    public FeatureSet featureSet() {
        return featureSet;
    }

    public Annotators annotators() {
        return annotators;
    }

    public List<String> vocabulary() {
        return vocabulary;
    }

    /** The extractors in the order they run (the last may read what the earlier ones emitted). */
    public List<FeatureExtractor> extractors() {
        return List.copyOf(extractors);
    }

    /** Every feature name the schema can emit, in a stable order. */
    public List<String> featureNames() {
        return List.copyOf(featureNames);
    }

    /** The features of a text that is one sentence (a training row, the argument of {@code explain}). */
    public FeatureVector extract(String sentence) {
        return extract(SentenceText.read(sentence, annotators));
    }

    /** The features of a sentence of a document, split by a splitter with this schema's annotators. */
    public FeatureVector extract(Sentence sentence) {
        return extract(annotators.tags() ? new SentenceText(sentence) : new SentenceText(sentence.text()));
    }

    public FeatureVector extract(SentenceText text) {
        FeatureVector vector = new FeatureVector();
        for (FeatureExtractor extractor : extractors) {
            extractor.extract(text, vector);
        }
        return vector;
    }

    /** SHA-256 over the version, the feature set, the annotators, every feature name and every lexicon's text. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("schema " + VERSION + "\nset " + featureSet + "\nannotators " + annotators + "\n").getBytes(StandardCharsets.UTF_8));
            for (String name : featureNames) {
                digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Lexicon lexicon : lexicons) {
                for (int i = 0; i < lexicon.names().size(); i++) {
                    digest.update(("lexicon " + lexicon.names().get(i) + "\n" + lexicon.sources().get(i))
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
