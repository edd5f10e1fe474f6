package org.claimlens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimlens.document.InputError;
import org.claimlens.model.Label;
import org.claimlens.model.Prediction;
import org.claimlens.pipeline.AnalyzedDocument;
import org.claimlens.pipeline.ScoredSentence;

/**
 * The stable columns of the three output tables (documented in the README), shared by the CSV and
 * JSONL writers so both formats always agree.
 */
public final class Tables {

    public static final List<String> SENTENCE_COLUMNS = List.of("document_id", "sentence_index", "begin", "end",
            "label", "probability", "p_promotional", "p_evidence", "p_caveat", "p_neutral", "cues", "text");

    public static final List<String> ARTICLE_COLUMNS;

    public static final List<String> ERROR_COLUMNS = List.of("input", "record", "reason");

    static {
        List<String> columns = new ArrayList<>(List.of("document_id", "source", "sentences"));
        for (Label label : Label.values()) {
            columns.add(label.id());
        }
        for (Label label : Label.values()) {
            columns.add("share_" + label.id());
        }
        columns.add("unsupported_promotional");
        for (ChecklistItem item : ChecklistItem.values()) {
            columns.add(item.column());
        }
        columns.add("risk_score");
        ARTICLE_COLUMNS = List.copyOf(columns);
    }

    private Tables() {
    }

    public static Map<String, Object> sentenceRow(AnalyzedDocument document, ScoredSentence scored) {
        Prediction prediction = scored.prediction();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document_id", document.document().id());
        row.put("sentence_index", scored.sentence().index());
        row.put("begin", scored.sentence().begin());
        row.put("end", scored.sentence().end());
        row.put("label", prediction.label().id());
        row.put("probability", round(prediction.probability()));
        for (Label label : Label.values()) {
            row.put("p_" + label.id(), round(prediction.probability(label)));
        }
        row.put("cues", Cues.format(prediction.cues()));
        row.put("text", scored.sentence().text());
        return row;
    }

    /** Every sentence row of a document, formatted by {@code writer}; pure, so it may run on any thread. */
    public static String sentenceRows(TableWriter writer, AnalyzedDocument document) {
        StringBuilder rows = new StringBuilder();
        for (ScoredSentence sentence : document.sentences()) {
            rows.append(writer.render(sentenceRow(document, sentence)));
        }
        return rows.toString();
    }

    public static Map<String, Object> articleRow(ArticleSummary summary) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document_id", summary.documentId());
        row.put("source", summary.source());
        row.put("sentences", summary.sentences());
        for (Label label : Label.values()) {
            row.put(label.id(), summary.counts().get(label));
        }
        for (Label label : Label.values()) {
            row.put("share_" + label.id(), round(summary.share(label)));
        }
        row.put("unsupported_promotional", summary.unsupportedPromotional());
        for (ChecklistItem item : ChecklistItem.values()) {
            row.put(item.column(), summary.answer(item) ? "yes" : "no");
        }
        row.put("risk_score", summary.riskScore());
        return row;
    }

    public static Map<String, Object> errorRow(InputError error) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("input", error.input());
        row.put("record", error.record());
        row.put("reason", error.reason());
        return row;
    }

    /** Four decimals: enough to sort and threshold on, short enough to read. */
    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
