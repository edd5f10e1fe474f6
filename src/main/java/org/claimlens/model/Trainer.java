package org.claimlens.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimlens.features.Feature;
import org.claimlens.features.FeatureSchema;
import org.claimlens.features.FeatureVector;
import org.claimlens.features.NgramFeatures;
import org.claimlens.features.SentenceText;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.Utils;

/**
 * Trains a model bundle from labelled sentences, deterministically: the same data and options give
 * the same bundle, byte for byte. Cross-validation holds out whole training files when there are
 * enough of them ({@link Folds}); its out-of-fold probabilities also fit the calibration temperature,
 * so the probabilities are calibrated for text from writers and topics the model has not seen.
 *
 * <p>The n-gram vocabulary is chosen once from all training sentences by frequency alone (no labels
 * are used), before cross-validation; that unsupervised step is not repeated per fold.
 */
public final class Trainer {

    /**
     * The result of training: the bundle and its cross-validated figures (calibrated), or no figures
     * ({@code null}) when the options ask for fewer than two folds.
     */
    public record Result(ModelBundle bundle, Scores crossValidation) {
    }

    /** Cross-validated figures and the classifier trained on all the data. */
    private record Fitted(Classifier classifier, Scores scores, double temperature, boolean foldsByFile) {
    }

    private Trainer() {
    }

    public static Result train(List<LabelledSentence> data, String trainingDataSha256, TrainingOptions options)
            throws Exception {
        if (data.size() < options.folds()) {
            throw new DataException("training needs at least " + options.folds() + " sentences for "
                    + options.folds() + "-fold cross-validation, got " + data.size());
        }
        List<SentenceText> texts = read(data, options);
        FeatureSchema schema = schemaForTexts(texts, options);
        List<FeatureVector> vectors = texts.stream().map(schema::extract).toList();
        List<String> attributes = varyingFeatures(schema, vectors).stream()
                .filter(name -> !options.excludedFamilies().contains(name.substring(0, name.indexOf('.'))))
                .toList();
        Vectorizer vectorizer = new Vectorizer(attributes);
        Instances instances = vectorizer.dataset(vectors, data.stream().map(LabelledSentence::label).toList());
        Fitted fitted = fit(instances, data, options);

        Map<String, Integer> labelCounts = new LinkedHashMap<>();
        for (Label label : Label.values()) {
            labelCounts.put(label.id(), (int) data.stream().filter(s -> s.label() == label).count());
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, Versions.claimLens(),
                FeatureSchema.VERSION, schema.fingerprint(), schema.featureSet().name(),
                schema.annotators().name(), trainingDataSha256,
                featuresSha256(vectors), data.size(), labelCounts, options.classifier(), options.options(),
                options.seed(), fitted.temperature(), Versions.libraries(), crossValidationJson(fitted, options),
                Map.of());
        ModelBundle bundle = new ModelBundle(manifest, fitted.classifier(), schema.vocabulary(), vectorizer.attributeNames());
        return new Result(bundle, fitted.scores());
    }

    /** The schema a training run would use: for n-gram sets, with the vocabulary learned from {@code data}. */
    public static FeatureSchema schemaFor(List<LabelledSentence> data, TrainingOptions options) {
        return schemaForTexts(read(data, options), options);
    }

    /** The sentences as the options' annotators read them (tagging them when those annotators tag). */
    private static List<SentenceText> read(List<LabelledSentence> data, TrainingOptions options) {
        return data.stream().map(s -> SentenceText.read(s.text(), options.annotators())).toList();
    }

    private static FeatureSchema schemaForTexts(List<SentenceText> texts, TrainingOptions options) {
        List<String> vocabulary = options.featureSet().usesNgrams()
                ? NgramFeatures.learnVocabulary(texts, options.minNgramSentences(), options.maxVocabulary())
                : List.of();
        return new FeatureSchema(options.featureSet(), vocabulary, options.annotators());
    }

    /** SHA-256 over every sentence's sorted features; changes when feature code changes any training vector. */
    public static String featuresSha256(List<FeatureVector> vectors) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (FeatureVector vector : vectors) {
                StringBuilder line = new StringBuilder();
                for (Feature feature : vector.features()) {
                    line.append(feature.name()).append('=').append(feature.value()).append(' ');
                }
                digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The schema's features that take at least two values in training. A feature that never varies has
     * no weight to learn, and dropping it keeps attributes and coefficients one to one.
     */
    private static List<String> varyingFeatures(FeatureSchema schema, List<FeatureVector> vectors) {
        Map<String, Set<Double>> values = new HashMap<>();
        Map<String, Integer> nonZero = new HashMap<>();
        for (FeatureVector vector : vectors) {
            for (Feature feature : vector.features()) {
                values.computeIfAbsent(feature.name(), n -> new HashSet<>()).add(feature.value());
                nonZero.merge(feature.name(), 1, Integer::sum);
            }
        }
        List<String> varying = new ArrayList<>();
        for (String name : schema.featureNames()) {
            int count = nonZero.getOrDefault(name, 0);
            if (count > 0 && (count < vectors.size() || values.get(name).size() > 1)) {
                varying.add(name);
            }
        }
        return varying;
    }

    private static Fitted fit(Instances instances, List<LabelledSentence> data, TrainingOptions options)
            throws Exception {
        if (options.folds() < 2) {
            Classifier classifier = newClassifier(options);
            classifier.buildClassifier(instances);
            return new Fitted(classifier, null, 1.0, false);
        }
        Folds folds = Folds.assign(data, options.folds(), options.seed());
        List<Label> gold = new ArrayList<>();
        List<double[]> outOfFold = new ArrayList<>();
        for (int fold = 0; fold < options.folds(); fold++) {
            Instances train = new Instances(instances, 0);
            Instances test = new Instances(instances, 0);
            for (int i = 0; i < instances.numInstances(); i++) {
                (folds.ofSentence()[i] == fold ? test : train).add(instances.instance(i));
            }
            Classifier classifier = newClassifier(options);
            classifier.buildClassifier(train);
            for (int i = 0; i < test.numInstances(); i++) {
                gold.add(Label.values()[(int) test.instance(i).classValue()]);
                outOfFold.add(classifier.distributionForInstance(test.instance(i)));
            }
        }
        double temperature = Calibration.fitTemperature(gold, outOfFold);
        List<double[]> calibrated = outOfFold.stream().map(p -> Calibration.apply(p, temperature)).toList();
        Scores scores = new Scores(gold, calibrated.stream().map(Calibration::argmax).toList(), calibrated);
        Classifier classifier = newClassifier(options);
        classifier.buildClassifier(instances);
        return new Fitted(classifier, scores, temperature, folds.byFile());
    }

    /** By reflection: Weka's own {@code forName} consults a plugin registry that a plain jar does not have. */
    private static Classifier newClassifier(TrainingOptions options) throws Exception {
        Object created;
        try {
            created = Class.forName(options.classifier()).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no Weka classifier called " + options.classifier());
        }
        if (!(created instanceof Classifier classifier)) {
            throw new IllegalArgumentException(options.classifier() + " is not a Weka classifier");
        }
        if (classifier instanceof OptionHandler handler) {
            handler.setOptions(Utils.splitOptions(options.options()));
        }
        return classifier;
    }

    private static Map<String, Object> crossValidationJson(Fitted fitted, TrainingOptions options) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("folds", options.folds());
        if (fitted.scores() != null) {
            json.put("held_out", fitted.foldsByFile() ? "whole files" : "sentences, stratified by label");
            json.putAll(fitted.scores().toJson());
        }
        return json;
    }
}
