package org.claimlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimlens.TestModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input in one batch, through the real entry point: each input either is scored
 * or is named in errors.csv with its reason, the good documents are all scored, and the run ends.
 */
class HostileBatchTest {

    @TempDir
    Path dir;

    /** File name → the reason it must be refused with (null: it must be scored). */
    private final Map<String, String> expected = new HashMap<>();

    private Path write(String name, byte[] bytes, String reason) throws Exception {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        expected.put(file.toString(), reason);
        return file;
    }

    private Path write(String name, String text, String reason) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8), reason);
    }

    @BeforeEach
    void inputs() throws Exception {
        write("a-good.txt", "Book your free consultation today! Side effects include nausea.", null);
        write("empty.txt", "", "empty document (no text)");
        write("blank.md", " \n\t\n ", "empty document (no text)");
        write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, "binary content");
        java.io.ByteArrayOutputStream zipBytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
            zip.putNextEntry(new ZipEntry("x.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        write("archive.txt", zipBytes.toByteArray(), "binary content");
        write("latin1.txt", "Caf\u00e9 cr\u00e8me is soothing.".getBytes(Charset.forName("windows-1252")), "not valid UTF-8 text");
        write("utf16-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Ketamine may help some patients.".getBytes(StandardCharsets.UTF_16LE)), null);
        write("utf16-nobom.txt", "Ketamine may help.".getBytes(StandardCharsets.UTF_16LE), "binary content");
        write("controls.txt", "Relief\u0007 in minutes\u001b[31m! Side effects are rare.\u0000", "binary content");
        write("controls-no-nul.txt", "Relief\u0007 in minutes\u001b[31m! Side effects are rare.", null);
        write("run-on.txt", "word ".repeat(5000), null);
        write("one-word-lines.txt", "line\n".repeat(100_000), null);
        write("nested.html", "<div>".repeat(10_000) + "<p>Deep claim: it cures everything." + "</span>".repeat(50), null);
        write("scripted.html", "<html><head><style>b{}</style><script>alert(1)</script></head><body><!-- hidden -->"
                + "<p>Fish &amp; chips &lt;3 are &quot;healthy&quot;.</p></body></html>", null);
        write("corpus.csv", "id,text\nc1,\"Quoted, with comma.\"\nc2,\"never closed\nc3,lost\n", null);
        write("corpus.jsonl", "{\"id\":\"j1\",\"text\":\"Fine story.\"}\n{broken\n{\"id\":\"j3\",\"text\":[1]}\n"
                + "{\"id\":\"j4\"}\n{\"id\":\"j5\",\"text\":\"Another story.\"}\n", null);
        Path link = dir.resolve("in").resolve("dangling.txt");
        Files.createSymbolicLink(link, dir.resolve("nowhere.txt"));
        expected.put(link.toString(), "broken symbolic link");
        write("z-good.html", "<p>A 2019 trial of 240 adults was published in JAMA.</p>", null);
    }

    @Test
    void everyInputIsScoredOrReportedAndTheRunGoesOn() throws Exception {
        Path out = dir.resolve("out");
        Run run = Run.of("score", "--model", TestModels.modelFile().toString(), "--quiet", "--out", out.toString(),
                dir.resolve("in").toString());
        run.expect(1);

        Set<String> scored = new TreeSet<>();
        for (CSVRecord row : records(out.resolve("articles.csv"))) {
            scored.add(row.get("source").replaceAll(" (record|line) \\d+$", ""));
        }
        Map<String, String> reasons = new HashMap<>();
        for (CSVRecord row : records(out.resolve("errors.csv"))) {
            reasons.merge(row.get("input"), row.get("reason"), (a, b) -> a + " | " + b);
            assertTrue(run.err.contains(row.get("input")), "error also shown on stderr: " + row.get("input"));
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String file = e.getKey();
            if (e.getValue() == null) {
                assertTrue(scored.contains(file), "not scored: " + file + "\nerrors: " + reasons.get(file));
            } else {
                assertTrue(reasons.containsKey(file), "not reported: " + file);
                assertTrue(reasons.get(file).startsWith(e.getValue()), file + ": " + reasons.get(file));
                assertTrue(!scored.contains(file), "both scored and refused: " + file);
            }
        }
        // The corpora: good records scored, bad ones reported with their place.
        String csv = dir.resolve("in/corpus.csv").toString();
        String jsonl = dir.resolve("in/corpus.jsonl").toString();
        assertTrue(reasons.get(csv).startsWith("malformed CSV after record 1"), reasons.get(csv));
        assertEquals(3, reasons.get(jsonl).split(" \\| ").length, reasons.get(jsonl));
        List<String> ids = records(out.resolve("articles.csv")).stream().map(r -> r.get("document_id")).toList();
        assertTrue(ids.containsAll(List.of("c1", "j1", "j5")), ids.toString());
        run.errContains(ids.size() + " documents, ");
        assertTrue(run.err.lines().filter(l -> l.startsWith("claimlens: ")).allMatch(l -> !l.contains("\tat ")));
    }

    @Test
    void rerunningGivesByteIdenticalOutput() throws Exception {
        for (String name : List.of("first", "second")) {
            Run.of("score", "--model", TestModels.modelFile().toString(), "--quiet", "--threads", name.equals("first") ? "1" : "2",
                    "--out", dir.resolve(name).toString(), dir.resolve("in").toString());
        }
        for (String file : List.of("sentences.csv", "articles.csv", "errors.csv")) {
            assertEquals(Files.readString(dir.resolve("first").resolve(file)), Files.readString(dir.resolve("second").resolve(file)), file);
        }
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
