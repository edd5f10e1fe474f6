package org.claimlens.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.claimlens.features.FeatureSchema;
import org.claimlens.features.FeatureSet;
import org.claimlens.io.AtomicFile;
import org.claimlens.text.Annotators;
import weka.classifiers.Classifier;

/**
 * A trained model as one zip file: {@code manifest.json}, the serialised Weka classifier, the
 * n-gram vocabulary and the attribute list. Saving is deterministic (fixed entry times, sorted JSON
 * keys), so the same training run gives a byte-identical file.
 *
 * <p>Loading trusts nothing: every part's SHA-256 is checked against the manifest, the feature schema
 * and Weka version must match this build, and the classifier is deserialised through an
 * {@link ObjectInputFilter} allowlist, so a bundle carrying any other class is refused before any of
 * its code can run.
 */
public final class ModelBundle {

    public static final String MANIFEST = "manifest.json";
    public static final String CLASSIFIER = "classifier.ser";
    public static final String VOCABULARY = "vocabulary.txt";
    public static final String ATTRIBUTES = "attributes.txt";

    private static final long MAX_ENTRY_BYTES = 256L << 20;
    private static final FileTime FIXED_TIME = FileTime.fromMillis(1_767_225_600_000L);
    /** Weka's classifiers, filters and data structures, and the JDK types they are built of. */
    private static final String ALLOWLIST = String.join(";",
            "maxdepth=64", "maxrefs=5000000", "maxarray=50000000",
            "weka.classifiers.**", "weka.filters.**", "weka.core.*", "weka.core.matrix.*",
            "java.lang.Number", "java.lang.Integer", "java.lang.Double", "java.lang.Long", "java.lang.Boolean",
            "java.lang.String", "java.lang.Enum", "java.lang.Object", "java.util.ArrayList", "java.util.HashMap",
            "java.util.Hashtable", "java.util.LinkedHashMap", "java.util.Vector", "java.util.Random",
            "java.util.HashSet", "java.util.BitSet", "java.util.Map$Entry", "!*");

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Manifest manifest;
    private final Classifier classifier;
    private final List<String> vocabulary;
    private final List<String> attributes;

    public ModelBundle(Manifest manifest, Classifier classifier, List<String> vocabulary, List<String> attributes) {
        this.manifest = manifest;
        this.classifier = classifier;
        this.vocabulary = List.copyOf(vocabulary);
        this.attributes = List.copyOf(attributes);
    }

    public Manifest manifest() {
        return manifest;
    }

    public Classifier classifier() {
        return classifier;
    }

    public List<String> vocabulary() {
        return vocabulary;
    }

    public List<String> attributes() {
        return attributes;
    }

    public FeatureSchema schema() {
        return new FeatureSchema(FeatureSet.valueOf(manifest.featureSet()), vocabulary,
                Annotators.valueOf(manifest.annotators()));
    }

    /** Writes the bundle atomically: under a temporary name beside {@code target}, then renamed into place. */
    public void save(Path target) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        ByteArrayOutputStream serialised = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(serialised)) {
            out.writeObject(classifier);
        }
        parts.put(CLASSIFIER, serialised.toByteArray());
        parts.put(VOCABULARY, lines(vocabulary));
        parts.put(ATTRIBUTES, lines(attributes));
        Map<String, String> checksums = new LinkedHashMap<>();
        parts.forEach((name, bytes) -> checksums.put(name, sha256(bytes)));
        byte[] manifestBytes = JSON.writeValueAsBytes(manifest.withEntries(checksums));

        try (AtomicFile file = new AtomicFile(target)) {
            ZipOutputStream zip = new ZipOutputStream(file.stream());
            write(zip, MANIFEST, manifestBytes);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                write(zip, part.getKey(), part.getValue());
            }
            zip.finish();
            file.commit();
        }
    }

    /** Reads and verifies a bundle; any problem is a {@link DataException} naming the file and what differs. */
    public static ModelBundle load(Path path) throws DataException {
        Map<String, byte[]> parts = readZip(path);
        byte[] manifestBytes = parts.get(MANIFEST);
        if (manifestBytes == null) {
            throw new DataException(path + ": not a ClaimLens model bundle (no " + MANIFEST + ")");
        }
        Manifest manifest;
        try {
            manifest = JSON.readValue(manifestBytes, Manifest.class);
        } catch (IOException e) {
            throw new DataException(path + ": unreadable manifest (" + firstLine(e) + ")");
        }
        if (!Manifest.FORMAT.equals(manifest.format())) {
            throw new DataException(path + ": not a ClaimLens model bundle (format '" + manifest.format() + "')");
        }
        if (manifest.formatVersion() != Manifest.FORMAT_VERSION) {
            throw new DataException(path + ": bundle format version " + manifest.formatVersion()
                    + " is too " + (manifest.formatVersion() < Manifest.FORMAT_VERSION ? "old" : "new")
                    + " for this build, which reads version " + Manifest.FORMAT_VERSION);
        }
        if (manifest.entries() == null) {
            throw new DataException(path + ": manifest lists no parts");
        }
        for (String name : List.of(CLASSIFIER, VOCABULARY, ATTRIBUTES)) {
            byte[] bytes = parts.get(name);
            if (bytes == null) {
                throw new DataException(path + ": bundle is missing its part " + name);
            }
            if (!sha256(bytes).equals(manifest.entries().get(name))) {
                throw new DataException(path + ": checksum mismatch in " + name
                        + " (the bundle is corrupt or was modified)");
            }
        }
        if (!FeatureSchema.VERSION.equals(manifest.featureSchemaVersion())) {
            throw new DataException(path + ": model was trained with feature schema version "
                    + manifest.featureSchemaVersion() + ", this build has version " + FeatureSchema.VERSION
                    + "; retrain with 'claimlens train'");
        }
        if (!Versions.weka().equals(manifest.libraries().get("weka"))) {
            throw new DataException(path + ": model was saved by Weka " + manifest.libraries().get("weka")
                    + ", this build runs Weka " + Versions.weka() + "; retrain with 'claimlens train'");
        }
        FeatureSet featureSet;
        try {
            featureSet = FeatureSet.valueOf(manifest.featureSet());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DataException(path + ": unknown feature set '" + manifest.featureSet() + "'");
        }
        Annotators annotators;
        try {
            annotators = Annotators.valueOf(manifest.annotators());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DataException(path + ": unknown annotators '" + manifest.annotators() + "'");
        }
        List<String> vocabulary = readLines(parts.get(VOCABULARY));
        String fingerprint = new FeatureSchema(featureSet, vocabulary, annotators).fingerprint();
        if (!fingerprint.equals(manifest.featureSchemaFingerprint())) {
            throw new DataException(path + ": model's feature schema fingerprint " + abbreviate(manifest.featureSchemaFingerprint())
                    + " differs from this build's " + abbreviate(fingerprint)
                    + " (lexicons or feature names changed); retrain with 'claimlens train'");
        }
        Classifier classifier = deserialise(path, parts.get(CLASSIFIER));
        return new ModelBundle(manifest, classifier, vocabulary, readLines(parts.get(ATTRIBUTES)));
    }

    private static Classifier deserialise(Path path, byte[] bytes) throws DataException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(ALLOWLIST));
            Object object = in.readObject();
            if (!(object instanceof Classifier classifier)) {
                throw new DataException(path + ": " + CLASSIFIER + " holds a " + object.getClass().getName()
                        + ", not a Weka classifier");
            }
            return classifier;
        } catch (InvalidClassException e) {
            throw new DataException(path + ": refused to deserialise " + CLASSIFIER
                    + " (a class outside the allowlist or an incompatible version: " + firstLine(e) + ")");
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new DataException(path + ": cannot read " + CLASSIFIER + " (" + firstLine(e) + ")");
        }
    }

    private static Map<String, byte[]> readZip(Path path) throws DataException {
        if (!Files.isRegularFile(path)) {
            throw new DataException(path + ": no such model file");
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(path); ZipInputStream zip = new ZipInputStream(file)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (parts.containsKey(entry.getName())) {
                    throw new DataException(path + ": bundle holds " + entry.getName() + " twice");
                }
                parts.put(entry.getName(), readBounded(path, zip, entry.getName()));
            }
        } catch (ZipException e) {
            throw new DataException(path + ": not a ClaimLens model bundle (corrupt zip: " + firstLine(e) + ")");
        } catch (DataException e) {
            throw e;
        } catch (IOException e) {
            throw new DataException(path + ": cannot read model (" + firstLine(e) + ")");
        }
        if (parts.isEmpty()) {
            throw new DataException(path + ": not a ClaimLens model bundle (empty or not a zip archive)");
        }
        return parts;
    }

    private static byte[] readBounded(Path path, InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            total += read;
            if (total > MAX_ENTRY_BYTES) {
                throw new DataException(path + ": part " + name + " exceeds " + (MAX_ENTRY_BYTES >> 20) + " MiB");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static void write(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FIXED_TIME);
        entry.setCreationTime(FIXED_TIME);
        entry.setLastAccessTime(FIXED_TIME);
        entry.setTime(FIXED_TIME.toMillis());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] lines(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> readLines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String hash) {
        return hash == null ? "(none)" : hash.substring(0, Math.min(12, hash.length()));
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
