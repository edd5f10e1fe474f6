package org.claimlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimlens.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    @TempDir
    Path dir;

    private final String model = TestModels.modelFile().toString();

    @Test
    void printsEveryLabelledSentenceAndTheVerdictOnTheTerminal() throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"),
                "<h1>OUR SERVICES</h1><p>Book your free consultation today! Side effects include nausea and dizziness.</p>");
        Run run = Run.of("score", "--model", model, page.toString()).expect(0);
        run.outContains("== " + page).outContains("promotional").outContains("Book your free consultation today!")
                .outContains("caveat").outContains("-- risk ").errContains("1 documents, 3 sentences, 0 errors");
    }

    @Test
    void csvRowsCarryOffsetsProbabilitiesAndCues() throws Exception {
        String text = "Book your free consultation today! The trial enrolled 240 adults [3].";
        Path doc = Files.writeString(dir.resolve("doc.txt"), text);
        Run run = Run.of("score", "--model", model, "--format", "csv", doc.toString()).expect(0);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(run.out)).getRecords();
        assertEquals(2, rows.size());
        for (CSVRecord row : rows) {
            int begin = Integer.parseInt(row.get("begin"));
            int end = Integer.parseInt(row.get("end"));
            assertEquals(text.substring(begin, end), row.get("text"));
            double sum = 0;
            for (String label : List.of("promotional", "evidence", "caveat", "neutral")) {
                sum += Double.parseDouble(row.get("p_" + label));
            }
            assertEquals(1.0, sum, 1e-3);
            assertEquals(row.get("probability"), row.get("p_" + row.get("label")));
        }
        assertEquals("promotional", rows.get(0).get("label"));
        assertTrue(rows.get(0).get("cues").contains("cue.offer"), rows.get(0).get("cues"));
    }

    @Test
    void aBadFileInABatchIsReportedAndTheRestIsScored() throws Exception {
        Path good1 = Files.writeString(dir.resolve("a.txt"), "Book now and feel amazing.");
        Path bad = Files.write(dir.resolve("b.txt"), new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28});
        Path good2 = Files.writeString(dir.resolve("c.txt"), "Side effects include nausea.");
        Path out = dir.resolve("out");
        Run.of("score", "--model", model, "--out", out.toString(), dir.toString()).expect(1)
                .errContains("claimlens: " + bad + ": not valid UTF-8 text")
                .errContains("2 documents, 2 sentences, 1 errors");
        List<CSVRecord> articles = records(out.resolve("articles.csv"));
        assertEquals(List.of(good1.toString(), good2.toString()), articles.stream().map(r -> r.get("document_id")).toList());
        List<CSVRecord> errors = records(out.resolve("errors.csv"));
        assertEquals(1, errors.size());
        assertEquals(bad.toString(), errors.get(0).get("input"));
        assertEquals(2, records(out.resolve("sentences.csv")).size());
    }

    @Test
    void jsonlOutputWritesTwinFiles() throws Exception {
        Path doc = Files.writeString(dir.resolve("a.txt"), "Book now.");
        Path out = dir.resolve("out");
        Run.of("score", "--model", model, "--format", "jsonl", "--out", out.toString(), doc.toString()).expect(0);
        String line = Files.readAllLines(out.resolve("sentences.jsonl")).get(0);
        assertTrue(line.startsWith("{\"document_id\":"), line);
        assertTrue(Files.exists(out.resolve("articles.jsonl")));
    }

    @Test
    void aMissingModelIsOneClearLine() {
        Run.of("score", "--model", dir.resolve("none.model").toString(), "x.txt").expect(1)
                .errContains("claimlens: " + dir.resolve("none.model") + ": no such model file");
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
