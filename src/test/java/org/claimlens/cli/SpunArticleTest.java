package org.claimlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on the spun ketamine article in ../shared/samples (skipped when that folder is
 * not beside the project): sentence boundaries at glued citation markers, and the three sentences
 * the project's first issue names.
 */
class SpunArticleTest {

    private static final Path ARTICLE = Path.of("../shared/samples/ketamine-spun-article.txt");

    @Test
    void shippedModelOnTheSpunKetamineArticle() throws Exception {
        assumeTrue(Files.isRegularFile(ARTICLE), "../shared/samples is not beside the project");
        Run run = Run.of("score", "--model", "models/claimlens.model", "--format", "csv", "--quiet", ARTICLE.toString())
                .expect(0);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(run.out)).getRecords();
        Map<String, CSVRecord> byText = rows.stream()
                .collect(Collectors.toMap(r -> r.get("text"), Function.identity(), (a, b) -> a));

        assertTrue(byText.keySet().stream().anyMatch(t -> t.endsWith("inadequately controlled.9")));
        assertTrue(byText.keySet().stream().anyMatch(t -> t.startsWith("Ketamine clinics are actually commonplace")));
        assertTrue(byText.keySet().stream().anyMatch(t -> t.endsWith("nineteen seventies.seventy six")));
        assertTrue(byText.keySet().stream().anyMatch(t -> t.startsWith("The desire for analgesic alternatives")));

        assertEquals("promotional", label(byText, "89% of patients in Mindbloom"));
        assertEquals("evidence", label(byText, "A 2017 research of 18 Grownups"));
        assertNotEquals("promotional", label(byText, "Internet websites for these clinics"));
    }

    private static String label(Map<String, CSVRecord> byText, String start) {
        return byText.entrySet().stream().filter(e -> e.getKey().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starts with: " + start)).getValue().get("label");
    }
}
