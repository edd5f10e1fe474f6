package org.claimlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimlens.TestModels;
import org.claimlens.document.Document;
import org.claimlens.model.SentenceClassifier;
import org.claimlens.pipeline.AnalyzedDocument;
import org.claimlens.pipeline.Analyzer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    private final Analyzer analyzer = new Analyzer(new SentenceClassifier(TestModels.bundle()));

    @Test
    void structureAndEscapingSurviveAParseBack() throws Exception {
        AnalyzedDocument first = analyzer.analyze(new Document("<b>clinic</b>", "x",
                "Book your free consultation today! <script>alert('x')</script> is not a tag here."));
        AnalyzedDocument second = analyzer.analyze(new Document("news & views", "y",
                "The trial enrolled 240 adults [3]. Side effects include nausea."));
        Path file = dir.resolve("report.html");
        try (HtmlReport report = new HtmlReport(file)) {
            report.document(first, ArticleSummary.of(first));
            report.document(second, ArticleSummary.of(second));
            report.commit();
        }
        org.jsoup.nodes.Document page = Jsoup.parse(file.toFile());
        assertEquals(1, page.select("script").size(), "only the report's own script");
        assertTrue(page.select("b").isEmpty(), "input markup must not become elements");

        Elements rows = page.select("#articles tbody tr");
        assertEquals(2, rows.size());
        assertEquals("<b>clinic</b>", rows.get(0).selectFirst("td").text());
        assertEquals("#doc-1", rows.get(0).selectFirst("a").attr("href"));

        Elements sections = page.select("section.article");
        assertEquals(List.of("<b>clinic</b>", "news & views"), sections.select("h2").eachText());
        Elements sentences = sections.get(0).select("span.s");
        assertEquals(first.sentences().size(), sentences.size());
        for (Element sentence : sentences) {
            assertTrue(List.of("promotional", "evidence", "caveat", "neutral").contains(sentence.attr("data-label")));
            assertEquals("0", sentence.attr("tabindex"), "reachable by keyboard");
            assertFalse(sentence.select(".tip").text().isEmpty(), "tooltip with probability and cues");
        }
        assertTrue(page.text().contains("<script>alert('x')</script>"), "script shown as text");
        assertEquals(4, page.select("#filters input[type=checkbox]").size());
        assertEquals(6, sections.get(0).select(".checklist li").size());
    }

    @Test
    void nothingIsLeftBehindWithoutACommit() throws Exception {
        Path file = dir.resolve("report.html");
        try (HtmlReport report = new HtmlReport(file)) {
            AnalyzedDocument doc = analyzer.analyze(new Document("d", "d", "Book now."));
            report.document(doc, ArticleSummary.of(doc));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
