package org.claimlens.report;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimlens.io.AtomicFile;
import org.claimlens.model.Label;
import org.claimlens.model.Prediction;
import org.claimlens.pipeline.AnalyzedDocument;
import org.claimlens.pipeline.ScoredSentence;
import org.jsoup.nodes.Entities;

/**
 * One self-contained HTML file for reviewers: a sortable summary table of every article, then each
 * article with its sentences highlighted by label (probability and cues shown on hover or keyboard
 * focus), its checklist, and a filter by label. Every piece of input text is HTML-escaped.
 *
 * <p>Article sections are streamed to a temporary file as they arrive; only the summary rows are
 * kept in memory, and the report is assembled and renamed into place by {@link #commit()}.
 */
public final class HtmlReport implements AutoCloseable {

    private final Path target;
    private final Path sectionsFile;
    private final Writer sectionWriter;
    private final List<ArticleSummary> summaries = new ArrayList<>();
    /** The ordinal of each section, parallel to {@link #summaries}. */
    private final List<Long> sections = new ArrayList<>();

    public HtmlReport(Path target) throws IOException {
        this.target = target;
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        this.sectionsFile = Files.createTempFile(parent, "." + target.getFileName(), ".sections.tmp");
        this.sectionWriter = Files.newBufferedWriter(sectionsFile, StandardCharsets.UTF_8);
    }

    /** An article's section, rendered; made by {@link #render}, written by {@link #write}. */
    public record Section(long ordinal, ArticleSummary summary, String html) {
    }

    /**
     * Renders an article's section; pure, so it may run on any thread.
     *
     * @param ordinal the document's position in the run, unique; it names the section's anchors
     */
    public Section render(long ordinal, AnalyzedDocument document, ArticleSummary summary) {
        String anchor = anchor(ordinal);
        StringBuilder out = new StringBuilder();
        out.append("<section class=\"article\" id=\"" + anchor + "\">\n<h2>" + esc(summary.documentId()) + "</h2>\n");
        out.append(String.format(Locale.ROOT, "<p class=\"verdict\"><span class=\"risk\">Risk %d/100</span> · %d sentences: "
                        + "%d promotional, %d evidence, %d caveat, %d neutral%s</p>\n",
                summary.riskScore(), summary.sentences(), summary.counts().get(Label.PROMOTIONAL),
                summary.counts().get(Label.EVIDENCE), summary.counts().get(Label.CAVEAT), summary.counts().get(Label.NEUTRAL),
                summary.unsupportedPromotional() > 0
                        ? " · <strong>" + summary.unsupportedPromotional() + " promotional with no evidence in the article</strong>"
                        : ""));
        out.append("<ul class=\"checklist\">\n");
        for (ChecklistItem item : ChecklistItem.values()) {
            boolean yes = summary.answer(item);
            out.append("<li class=\"" + (yes ? "yes" : "no") + "\"><span class=\"answer\">" + (yes ? "yes" : "no")
                    + "</span> " + esc(item.question()));
            if (yes) {
                out.append(" — sentences");
                for (int index : summary.checklist().get(item)) {
                    out.append(" <a href=\"#" + anchor + "-s" + index + "\">" + index + "</a>");
                }
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n<div class=\"text\">\n");
        for (ScoredSentence scored : document.sentences()) {
            Prediction p = scored.prediction();
            String label = p.label().id();
            out.append("<span class=\"s " + label + "\" id=\"" + anchor + "-s" + scored.sentence().index()
                    + "\" tabindex=\"0\" data-label=\"" + label + "\">" + esc(scored.sentence().text())
                    + "<span class=\"tip\" role=\"tooltip\">" + esc(tooltip(scored)) + "</span></span>\n");
        }
        out.append("</div>\n</section>\n");
        return new Section(ordinal, summary, out.toString());
    }

    /** Appends a section from {@link #render}, in the order articles should appear. */
    public void write(Section section) throws IOException {
        sections.add(section.ordinal());
        summaries.add(section.summary());
        sectionWriter.write(section.html());
    }

    /** Renders and appends the next article, numbered in the order of these calls. */
    public void document(AnalyzedDocument document, ArticleSummary summary) throws IOException {
        write(render(summaries.size() + 1, document, summary));
    }

    private static String anchor(long ordinal) {
        return "doc-" + ordinal;
    }

    /** Writes the report: header, summary table, the streamed sections, script; then renames it into place. */
    public void commit() throws IOException {
        sectionWriter.close();
        try (AtomicFile file = new AtomicFile(target)) {
            Writer out = file.writer();
            out.write(HEAD);
            out.write("<p>" + summaries.size() + " documents. Sentences are coloured by label; hover or focus a sentence "
                    + "for its probability and the cues behind it. Click a column heading to sort.</p>\n");
            out.write("<fieldset id=\"filters\"><legend>Show labels</legend>");
            for (Label label : Label.values()) {
                out.write("<label class=\"" + label.id() + "\"><input type=\"checkbox\" data-filter=\"" + label.id()
                        + "\" checked> " + label.id() + "</label> ");
            }
            out.write("</fieldset>\n<table id=\"articles\">\n<thead><tr><th data-type=\"text\">Document</th>"
                    + "<th data-type=\"num\">Risk</th><th data-type=\"num\">Sentences</th>");
            for (Label label : Label.values()) {
                out.write("<th data-type=\"num\">" + label.id() + "</th>");
            }
            out.write("<th data-type=\"num\">Unsupported promotional</th><th data-type=\"num\">Checklist yes</th></tr></thead>\n<tbody>\n");
            for (int i = 0; i < summaries.size(); i++) {
                ArticleSummary s = summaries.get(i);
                long yes = List.of(ChecklistItem.values()).stream().filter(s::answer).count();
                out.write("<tr><td><a href=\"#" + anchor(sections.get(i)) + "\">" + esc(s.documentId()) + "</a></td><td>" + s.riskScore()
                        + "</td><td>" + s.sentences() + "</td>");
                for (Label label : Label.values()) {
                    out.write("<td>" + s.counts().get(label) + "</td>");
                }
                out.write("<td>" + s.unsupportedPromotional() + "</td><td>" + yes + "/" + ChecklistItem.values().length
                        + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n<main>\n");
            try (BufferedReader in = Files.newBufferedReader(sectionsFile, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            out.write("</main>\n" + SCRIPT + "</body>\n</html>\n");
            file.commit();
        } finally {
            Files.deleteIfExists(sectionsFile);
        }
    }

    @Override
    public void close() throws IOException {
        sectionWriter.close();
        Files.deleteIfExists(sectionsFile);
    }

    private static String tooltip(ScoredSentence scored) {
        Prediction p = scored.prediction();
        StringBuilder tip = new StringBuilder(String.format(Locale.ROOT, "#%d %s %.2f", scored.sentence().index(),
                p.label().id(), p.probability()));
        for (Label label : Label.values()) {
            if (label != p.label()) {
                tip.append(String.format(Locale.ROOT, " · %s %.2f", label.id(), p.probability(label)));
            }
        }
        if (!p.cues().isEmpty()) {
            tip.append(" — cues: ").append(Cues.format(p.cues()));
        }
        return tip.toString();
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }

    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>ClaimLens report</title>
            <style>
            body { font: 15px/1.5 system-ui, sans-serif; margin: 1.5em auto; max-width: 70em; padding: 0 1em; color: #222; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; }
            th, td { border-bottom: 1px solid #ddd; padding: 3px 6px; text-align: right; }
            th:first-child, td:first-child { text-align: left; }
            th { cursor: pointer; background: #f4f4f4; position: sticky; top: 0; }
            th[aria-sort]::after { content: attr(data-arrow); }
            .article { border-top: 2px solid #999; margin-top: 2em; }
            .verdict .risk { font-weight: bold; }
            .checklist { list-style: none; padding-left: 0; font-size: 13px; }
            .checklist .answer { display: inline-block; width: 2.5em; font-weight: bold; }
            .checklist .yes .answer { color: #1a7f37; } .checklist .no .answer { color: #b42318; }
            .s { position: relative; border-radius: 3px; padding: 1px 2px; }
            .s:focus { outline: 2px solid #333; }
            .s.promotional, label.promotional { background: #ffd6d1; }
            .s.evidence, label.evidence { background: #d3f0d8; }
            .s.caveat, label.caveat { background: #fff1bf; }
            .s.neutral { background: transparent; }
            .s .tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 5; width: 32em; background: #222;
                      color: #fff; font-size: 12px; padding: 6px 8px; border-radius: 4px; }
            .s:hover .tip, .s:focus .tip { display: block; }
            body.hide-promotional .s.promotional, body.hide-evidence .s.evidence,
            body.hide-caveat .s.caveat, body.hide-neutral .s.neutral { background: transparent; opacity: 0.3; }
            fieldset { border: 1px solid #ccc; margin: 1em 0; } fieldset label { padding: 2px 6px; border-radius: 3px; }
            </style>
            </head>
            <body>
            <h1>ClaimLens report</h1>
            """;

    private static final String SCRIPT = """
            <script>
            document.querySelectorAll('#filters input').forEach(function (box) {
              box.addEventListener('change', function () {
                document.body.classList.toggle('hide-' + box.dataset.filter, !box.checked);
              });
            });
            document.querySelectorAll('#articles th').forEach(function (th, column) {
              th.addEventListener('click', function () {
                var body = th.closest('table').tBodies[0];
                var ascending = th.getAttribute('aria-sort') !== 'ascending';
                th.closest('tr').querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                th.dataset.arrow = ascending ? ' \\u25B2' : ' \\u25BC';
                var numeric = th.dataset.type === 'num';
                Array.from(body.rows).sort(function (a, b) {
                  var x = a.cells[column].textContent, y = b.cells[column].textContent;
                  var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
                  return ascending ? order : -order;
                }).forEach(function (row) { body.appendChild(row); });
              });
            });
            </script>
            """;
}
