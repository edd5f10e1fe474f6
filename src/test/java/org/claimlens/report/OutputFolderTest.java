package org.claimlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimlens.document.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void aRunThatStopsBeforeCommitLeavesThePreviousFilesAndNoTemporaries() throws Exception {
        Files.writeString(dir.resolve("articles.csv"), "previous run\n");
        try (OutputFolder folder = new OutputFolder(dir, OutputFolder.Format.CSV)) {
            folder.error(new InputError("x.txt", "", "broken"));
            // no commit: as if the run were interrupted here
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("articles.csv")), files.toList());
        }
        assertEquals("previous run\n", Files.readString(dir.resolve("articles.csv")));
    }

    @Test
    void commitReplacesAllThreeFiles() throws Exception {
        Files.writeString(dir.resolve("errors.csv"), "stale\n");
        try (OutputFolder folder = new OutputFolder(dir, OutputFolder.Format.CSV)) {
            folder.error(new InputError("x.csv", "record 3", "record has 2 fields, the header has 3"));
            folder.commit();
        }
        assertEquals("input,record,reason\nx.csv,record 3,\"record has 2 fields, the header has 3\"\n",
                Files.readString(dir.resolve("errors.csv")));
        assertEquals(String.join(",", Tables.SENTENCE_COLUMNS) + "\n", Files.readString(dir.resolve("sentences.csv")));
        assertEquals(String.join(",", Tables.ARTICLE_COLUMNS) + "\n", Files.readString(dir.resolve("articles.csv")));
    }
}
