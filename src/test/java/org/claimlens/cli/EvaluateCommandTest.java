package org.claimlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimlens.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonHasTheDocumentedKeys() throws Exception {
        Path csv = Files.writeString(dir.resolve("e.csv"), """
                text,label
                Book your free consultation today!,promotional
                Side effects include nausea and dizziness.,caveat
                Contact us,neutral
                """);
        Run run = Run.of("evaluate", "--model", TestModels.modelFile().toString(), "--json", csv.toString()).expect(0);
        JsonNode json = new ObjectMapper().readTree(run.out);
        assertEquals(3, json.get("n").asInt());
        assertTrue(json.get("macro_f1").isNumber());
        assertTrue(json.get("accuracy").isNumber());
        assertTrue(json.get("per_label").get("promotional").has("precision"));
        assertEquals(4, json.get("confusion").size());
        int total = 0;
        for (JsonNode row : json.get("confusion")) {
            for (JsonNode cell : row) {
                total += cell.asInt();
            }
        }
        assertEquals(3, total);
    }

    @Test
    void textReportShowsTheTables() throws Exception {
        Path csv = Files.writeString(dir.resolve("e.csv"), "text,label\nBook now!,promotional\nContact us,neutral\n");
        Run.of("evaluate", "--model", TestModels.modelFile().toString(), "--errors", "5", csv.toString()).expect(0)
                .outContains("precision").outContains("macro-F1").outContains("confusion (rows gold, columns predicted)");
    }
}
