package org.claimlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every extractor keeps: declared, unique names; deterministic, finite output within them. */
class FeatureExtractorContractTest {

    private static final List<String> SENTENCES = List.of(
            "",
            "Our MIRACLE infusions cure depression — guaranteed!!!",
            "A 2019 double-blind trial of 240 adults (Lee et al., 2019) cut pain by 35% (p < 0.01).[3]",
            "Side effects include nausea; talk to your doctor.",
            "“Book now,” she said, “before prices rise to $499!”",
            "\u0000\u0007 ¿Qué? 日本語 テキスト 123 ...",
            "word ".repeat(500));

    static Stream<FeatureExtractor> extractors() {
        FeatureSchema schema = new FeatureSchema(FeatureSet.CUES, List.of());
        Lexicon imperative = Lexicon.load("imperative");
        return Stream.of(new CitationFeatures(), new NumberFeatures(), new VoiceFeatures(imperative),
                new CombinedCues(), new NgramFeatures(List.of("ngram.trial", "ngram.our_clinic")),
                new LexiconCues(java.util.Map.of("cue.test", Lexicon.of("test", "miracle\n")), java.util.Map.of()),
                new SchemaAsExtractor(schema));
    }

    @ParameterizedTest
    @MethodSource("extractors")
    void namesAreUniqueAndOutputStaysWithinThem(FeatureExtractor extractor) {
        List<String> names = extractor.featureNames();
        assertEquals(names.size(), new HashSet<>(names).size(), "duplicate feature names");
        Set<String> declared = Set.copyOf(names);
        for (String sentence : SENTENCES) {
            FeatureVector first = new FeatureVector();
            extractor.extract(new SentenceText(sentence), first);
            FeatureVector second = new FeatureVector();
            extractor.extract(new SentenceText(sentence), second);
            assertEquals(first.features(), second.features(), "not deterministic on: " + sentence);
            List<String> emitted = first.features().stream().map(Feature::name).toList();
            assertEquals(emitted.stream().sorted().toList(), emitted, "not sorted");
            for (Feature feature : first.features()) {
                assertTrue(declared.contains(feature.name()), "undeclared feature " + feature.name());
                assertTrue(Double.isFinite(feature.value()), "non-finite " + feature.name());
                assertFalse(feature.value() == 0, "zero-valued feature " + feature.name());
            }
        }
    }

    /** The whole schema seen as one extractor, so the contract also covers its composition. */
    private record SchemaAsExtractor(FeatureSchema schema) implements FeatureExtractor {
        @Override
        public List<String> featureNames() {
            return schema.featureNames();
        }

        @Override
        public void extract(SentenceText sentence, FeatureVector out) {
            schema.extract(sentence.text()).features().forEach(f -> out.add(f.name(), f.value(), f.evidence()));
        }

        @Override
        public String toString() {
            return "FeatureSchema";
        }
    }
}
