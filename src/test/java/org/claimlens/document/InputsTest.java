package org.claimlens.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    private List<String> read(List<String> inputs) {
        return read(inputs, InputOptions.defaults());
    }

    /** Each item as "doc ID: TEXT" or "error INPUT RECORD: REASON". */
    private List<String> read(List<String> inputs, InputOptions options) {
        List<String> items = new ArrayList<>();
        try (Inputs all = new Inputs(inputs, options, new ByteArrayInputStream("from stdin".getBytes(StandardCharsets.UTF_8)))) {
            all.forEachRemaining(item -> items.add(item instanceof InputItem.Readable r
                    ? "doc " + r.document().id() + ": " + r.document().text()
                    : "error " + ((InputItem.Unreadable) item).error().message()));
        }
        return items;
    }

    private String file(String name, String content) throws Exception {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path.toString();
    }

    @Test
    void foldersAreWalkedInSortedOrderByExtension() throws Exception {
        file("b.txt", "Bee.");
        file("sub/a.md", "Ay.");
        file("c.html", "<p>See.</p>");
        file("notes.docx", "ignored");
        List<String> items = read(List.of(dir.toString()));
        assertEquals(List.of("doc " + dir.resolve("b.txt") + ": Bee.", "doc " + dir.resolve("c.html") + ": See.",
                "doc " + dir.resolve("sub/a.md") + ": Ay."), items);
    }

    @Test
    void includeAndExcludeGlobsFilterFolders() throws Exception {
        file("keep/a.txt", "A.");
        file("keep/b.html", "<p>B.</p>");
        file("drop/c.txt", "C.");
        InputOptions options = new InputOptions(List.of("**/*.txt"), List.of("drop/**"), "id", "text", 1000);
        assertEquals(List.of("doc " + dir.resolve("keep/a.txt") + ": A."), read(List.of(dir.toString()), options));
    }

    @Test
    void missingFilesEmptyFilesAndEmptyFoldersAreReportedNotDropped() throws Exception {
        String empty = file("empty.txt", "  \n ");
        Files.createDirectories(dir.resolve("nothing"));
        String missing = dir.resolve("missing.txt").toString();
        assertEquals(List.of("error " + missing + ": no such file or folder",
                        "error " + empty + ": empty document (no text)",
                        "error " + dir.resolve("nothing") + ": folder holds no files to score (.txt, .md, .html, .csv, .jsonl)"),
                read(List.of(missing, empty, dir.resolve("nothing").toString())));
    }

    @Test
    void standardInputIsADocument() {
        assertEquals(List.of("doc -: from stdin"), read(List.of("-")));
    }

    @Test
    void csvCorpusWithQuotingEdgeCases() throws Exception {
        String csv = file("c.csv", """
                id,title,text
                a1,"One, two","He said ""hi"".
                Second line."
                a2,x,
                a3,only two
                ,untitled,No id here.
                """);
        List<String> items = read(List.of(csv));
        assertEquals(List.of("doc a1: He said \"hi\".\nSecond line.",
                "error " + csv + " record 2: empty document (no text)",
                "error " + csv + " record 3: record has 2 fields, the header has 3",
                "doc " + csv + "#4: No id here."), items);
    }

    @Test
    void csvWithAnUnclosedQuoteReportsWhereReadingStopped() throws Exception {
        String csv = file("bad.csv", "id,text\n1,Fine.\n2,\"never closed\n3,lost\n");
        List<String> items = read(List.of(csv));
        assertEquals("doc 1: Fine.", items.get(0));
        assertEquals(2, items.size());
        assertTrue(items.get(1).startsWith("error " + csv + ": malformed CSV after record 1"), items.get(1));
    }

    @Test
    void csvWithoutTheTextColumnIsOneClearError() throws Exception {
        String csv = file("n.csv", "id,body\n1,Hello.\n");
        assertEquals(List.of("error " + csv + ": no column 'text' in the header (columns: id, body); name it with --text-column"),
                read(List.of(csv)));
        InputOptions options = new InputOptions(List.of(), List.of(), "id", "body", 1000);
        assertEquals(List.of("doc 1: Hello."), read(List.of(csv), options));
    }

    @Test
    void jsonlCorpusSkipsBadLinesAndKeepsTheRest() throws Exception {
        String jsonl = file("c.jsonl", """
                {"id": "n1", "text": "First story."}
                {"id": "n2", "text": 42}
                not json at all
                {"id": 3, "title": "no text"}

                ["an", "array"]
                {"id": 4, "text": "Fourth story."}
                """);
        assertEquals(List.of("doc n1: First story.",
                "error " + jsonl + " line 2: field 'text' is number, expected a string",
                "error " + jsonl + " line 3: not valid JSON (" + notJsonReason() + ")",
                "error " + jsonl + " line 4: no field 'text'",
                "error " + jsonl + " line 6: not a JSON object",
                "doc 4: Fourth story."), read(List.of(jsonl)));
    }

    private static String notJsonReason() {
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree("not json at all");
            return "";
        } catch (Exception e) {
            return e.getMessage().lines().findFirst().orElseThrow();
        }
    }

    @Test
    void documentsOverTheLimitAreRefusedWithTheLimitNamed() throws Exception {
        String big = file("big.txt", "x".repeat(200));
        InputOptions options = new InputOptions(List.of(), List.of(), "id", "text", 100);
        assertEquals(List.of("error " + big + ": document has 200 characters, over the limit of 100 (--max-document-chars)"),
                read(List.of(big), options));
    }
}
