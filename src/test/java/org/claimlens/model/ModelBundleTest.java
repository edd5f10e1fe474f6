package org.claimlens.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.claimlens.TestModels;
import org.claimlens.features.FeatureSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.AbstractClassifier;
import weka.core.Instance;
import weka.core.Instances;

class ModelBundleTest {

    @TempDir
    Path dir;

    @Test
    void saveThenLoadGivesTheSameModel() throws Exception {
        ModelBundle original = TestModels.train().bundle();
        Path file = dir.resolve("m.model");
        original.save(file);
        ModelBundle loaded = ModelBundle.load(file);
        assertEquals(original.manifest().trainingDataSha256(), loaded.manifest().trainingDataSha256());
        assertEquals(original.vocabulary(), loaded.vocabulary());
        assertEquals(original.attributes(), loaded.attributes());
        SentenceClassifier before = new SentenceClassifier(original);
        SentenceClassifier after = new SentenceClassifier(loaded);
        for (LabelledSentence s : TestModels.sentences()) {
            assertArrayEquals(before.classify(s.text()).probabilities(), after.classify(s.text()).probabilities(), 1e-12);
        }
    }

    @Test
    void savingTwiceGivesIdenticalBytes() throws Exception {
        ModelBundle bundle = TestModels.train().bundle();
        bundle.save(dir.resolve("a.model"));
        bundle.save(dir.resolve("b.model"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.model")), Files.readAllBytes(dir.resolve("b.model")));
    }

    @Test
    void refusesAFileThatIsNotABundle() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.model"), "just some text");
        assertMessage(text, text + ": not a ClaimLens model bundle (empty or not a zip archive)");
        assertMessage(dir.resolve("absent.model"), dir.resolve("absent.model") + ": no such model file");
    }

    @Test
    void refusesATruncatedBundle() throws Exception {
        byte[] bytes = Files.readAllBytes(TestModels.modelFile());
        Path truncated = Files.write(dir.resolve("t.model"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        DataException e = assertThrows(DataException.class, () -> ModelBundle.load(truncated));
        assertTrue(e.getMessage().startsWith(truncated + ": "), e.getMessage());
    }

    @Test
    void refusesATamperedPart() throws Exception {
        Path tampered = rewrite(TestModels.modelFile(), ModelBundle.ATTRIBUTES, bytes -> concat(bytes, "extra\n"));
        assertMessage(tampered, tampered + ": checksum mismatch in attributes.txt (the bundle is corrupt or was modified)");
    }

    @Test
    void refusesAnotherFeatureSchemaVersion() throws Exception {
        Path other = rewrite(TestModels.modelFile(), ModelBundle.MANIFEST,
                bytes -> new String(bytes, StandardCharsets.UTF_8)
                        .replace("\"featureSchemaVersion\" : \"" + FeatureSchema.VERSION + "\"", "\"featureSchemaVersion\" : \"0\"")
                        .getBytes(StandardCharsets.UTF_8));
        assertMessage(other, other + ": model was trained with feature schema version 0, this build has version " + FeatureSchema.VERSION + ";"
                + " retrain with 'claimlens train'");
    }

    @Test
    void refusesAnnotatorsItWasNotTrainedWithOrDoesNotKnow() throws Exception {
        Path tagged = rewrite(TestModels.modelFile(), ModelBundle.MANIFEST, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("\"annotators\" : \"TOKENIZE_SSPLIT\"", "\"annotators\" : \"POS\"").getBytes(StandardCharsets.UTF_8));
        DataException e = assertThrows(DataException.class, () -> ModelBundle.load(tagged));
        assertTrue(e.getMessage().contains("feature schema fingerprint"), e.getMessage());
        Path unknown = rewrite(TestModels.modelFile(), ModelBundle.MANIFEST, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("\"annotators\" : \"TOKENIZE_SSPLIT\"", "\"annotators\" : \"PARSE\"").getBytes(StandardCharsets.UTF_8));
        assertMessage(unknown, unknown + ": unknown annotators 'PARSE'");
    }

    @Test
    void refusesAVocabularyThatDoesNotMatchItsFingerprint() throws Exception {
        Path source = TestModels.modelFile();
        Path changed = rewrite(source, ModelBundle.VOCABULARY, bytes -> concat(bytes, "ngram.zzz\n"));
        String newHash = ModelBundle.sha256(read(changed).get(ModelBundle.VOCABULARY));
        String oldHash = ModelBundle.sha256(read(source).get(ModelBundle.VOCABULARY));
        Path resealed = rewrite(changed, ModelBundle.MANIFEST, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace(oldHash, newHash).getBytes(StandardCharsets.UTF_8));
        DataException e = assertThrows(DataException.class, () -> ModelBundle.load(resealed));
        assertTrue(e.getMessage().contains("feature schema fingerprint"), e.getMessage());
        assertTrue(e.getMessage().contains("retrain with 'claimlens train'"), e.getMessage());
    }

    @Test
    void refusesAnotherFormatVersion() throws Exception {
        Path newer = rewrite(TestModels.modelFile(), ModelBundle.MANIFEST, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : " + Manifest.FORMAT_VERSION, "\"formatVersion\" : 9")
                .getBytes(StandardCharsets.UTF_8));
        assertMessage(newer, newer + ": bundle format version 9 is too new for this build, which reads version "
                + Manifest.FORMAT_VERSION);
    }

    @Test
    void refusesAnOlderFormatVersion() throws Exception {
        Path older = rewrite(TestModels.modelFile(), ModelBundle.MANIFEST, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : " + Manifest.FORMAT_VERSION, "\"formatVersion\" : 1")
                .getBytes(StandardCharsets.UTF_8));
        assertMessage(older, older + ": bundle format version 1 is too old for this build, which reads version "
                + Manifest.FORMAT_VERSION);
    }

    /** A classifier class outside the allowlist; if it were ever deserialised it would raise the flag. */
    static final class Trojan extends AbstractClassifier {
        static volatile boolean ran;

        @Override
        public void buildClassifier(Instances data) {
        }

        @Override
        public double classifyInstance(Instance instance) {
            return 0;
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            ran = true;
            in.defaultReadObject();
        }
    }

    @Test
    void refusesAClassOutsideTheAllowlistBeforeAnyOfItRuns() throws Exception {
        ModelBundle honest = TestModels.bundle();
        ModelBundle crafted = new ModelBundle(honest.manifest(), new Trojan(), honest.vocabulary(), honest.attributes());
        Path file = dir.resolve("trojan.model");
        crafted.save(file);
        DataException e = assertThrows(DataException.class, () -> ModelBundle.load(file));
        assertTrue(e.getMessage().startsWith(file + ": refused to deserialise classifier.ser"), e.getMessage());
        assertFalse(Trojan.ran, "the crafted class's code ran during loading");
    }

    private void assertMessage(Path file, String expected) {
        DataException e = assertThrows(DataException.class, () -> ModelBundle.load(file));
        assertEquals(expected, e.getMessage());
    }

    private static byte[] concat(byte[] bytes, String more) {
        return (new String(bytes, StandardCharsets.UTF_8) + more).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> read(Path bundle) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    /** A copy of the bundle with one part changed. */
    private Path rewrite(Path bundle, String part, UnaryOperator<byte[]> change) throws IOException {
        Map<String, byte[]> parts = read(bundle);
        parts.put(part, change.apply(parts.get(part)));
        Path out = Files.createTempFile(dir, "changed", ".model");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }

    @Test
    void manifestRecordsProvenance() {
        Manifest m = TestModels.bundle().manifest();
        assertEquals(Manifest.FORMAT, m.format());
        assertEquals("test-data", m.trainingDataSha256());
        assertEquals(TrainingOptions.shipped().classifier(), m.classifier());
        assertEquals(TrainingOptions.shipped().options(), m.classifierOptions());
        assertEquals("TOKENIZE_SSPLIT", m.annotators());
        assertEquals(weka.core.Version.VERSION, m.libraries().get("weka"));
        assertTrue(m.crossValidation().keySet().containsAll(
                List.of("folds", "n", "accuracy", "macro_f1", "per_label", "confusion", "ece")), m.crossValidation().keySet().toString());
        assertEquals(4, m.crossValidation().get("folds"));
        assertEquals(TestModels.sentences().size(), m.trainingSentences());
    }
}
