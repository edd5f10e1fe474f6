package org.claimlens.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads labelled sentence files: UTF-8 CSV with a header and at least the columns {@code text} and
 * {@code label} (LABELING.md). Any problem is reported as a {@link DataException} naming the file
 * and line; nothing is skipped silently.
 */
public final class LabelledData {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    private LabelledData() {
    }

    /** All {@code *.csv} files of a folder (sorted by name), or the file itself. */
    public static List<Path> files(Path fileOrFolder) throws IOException {
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> listing = Files.list(fileOrFolder)) {
                return listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
            }
        }
        return List.of(fileOrFolder);
    }

    public static List<LabelledSentence> read(List<Path> files) throws IOException {
        List<LabelledSentence> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(read(file));
        }
        return all;
    }

    public static List<LabelledSentence> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + ": no such file");
        }
        List<LabelledSentence> rows = new ArrayList<>();
        try (Reader reader = strictUtf8(file); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            if (!parser.getHeaderMap().containsKey("text") || !parser.getHeaderMap().containsKey("label")) {
                throw new DataException(file + ": the header must name the columns 'text' and 'label'");
            }
            boolean hasId = parser.getHeaderMap().containsKey("id");
            String name = file.getFileName().toString();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new DataException(file + " line " + parser.getCurrentLineNumber()
                            + ": expected " + parser.getHeaderMap().size() + " columns, found " + record.size());
                }
                String text = record.get("text").strip();
                if (text.isEmpty()) {
                    throw new DataException(file + " line " + parser.getCurrentLineNumber() + ": empty text");
                }
                Label label = Label.parse(record.get("label")).orElseThrow(() -> new DataException(
                        file + " line " + parser.getCurrentLineNumber() + ": unknown label '" + record.get("label")
                                + "' (expected promotional, evidence, caveat or neutral)"));
                String id = hasId && !record.get("id").isBlank() ? record.get("id")
                        : name + ":" + parser.getCurrentLineNumber();
                rows.add(new LabelledSentence(id, text, label, name));
            }
        } catch (CharacterCodingException e) {
            throw new DataException(file + ": not valid UTF-8 text");
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new DataException(file + ": malformed CSV (" + e.getMessage() + ")");
        }
        return rows;
    }

    /** SHA-256 over each file's name and bytes, in the given order. */
    public static String sha256(List<Path> files) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update((file.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reader strictUtf8(Path file) throws IOException {
        return new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
