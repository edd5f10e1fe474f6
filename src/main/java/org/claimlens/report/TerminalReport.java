package org.claimlens.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.claimlens.model.Label;
import org.claimlens.pipeline.AnalyzedDocument;
import org.claimlens.pipeline.ScoredSentence;

/** A readable plain-text view of a scored document: every sentence with its label and cues, then the verdict. */
public final class TerminalReport {

    private final PrintWriter terminal;
    private final int width;

    public TerminalReport(PrintWriter terminal, int width) {
        this.terminal = terminal;
        this.width = Math.max(60, width);
    }

    public void document(AnalyzedDocument document, ArticleSummary summary) {
        write(render(document, summary));
    }

    /** Appends text from {@link #render}. */
    public void write(String rendered) {
        terminal.print(rendered);
        terminal.flush();
    }

    /** A document's lines as {@link #write} prints them; pure, so it may run on any thread. */
    public String render(AnalyzedDocument document, ArticleSummary summary) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        out.println("== " + document.document().id());
        for (ScoredSentence scored : document.sentences()) {
            String text = scored.sentence().text().replaceAll("\\s+", " ");
            int room = width - 24;
            if (text.length() > room) {
                text = text.substring(0, room - 1) + "…";
            }
            out.printf(Locale.ROOT, "%4d  %-11s %4.2f  %s%n", scored.sentence().index(),
                    scored.prediction().label().id(), scored.prediction().probability(), text);
            if (!scored.prediction().cues().isEmpty() && scored.prediction().label() != Label.NEUTRAL) {
                out.printf(Locale.ROOT, "%23s%s%n", "", Cues.format(scored.prediction().cues().subList(0,
                        Math.min(3, scored.prediction().cues().size()))));
            }
        }
        out.printf(Locale.ROOT, "-- risk %d/100 · %d sentences: %d promotional, %d evidence, %d caveat, %d neutral",
                summary.riskScore(), summary.sentences(), summary.counts().get(Label.PROMOTIONAL),
                summary.counts().get(Label.EVIDENCE), summary.counts().get(Label.CAVEAT),
                summary.counts().get(Label.NEUTRAL));
        if (summary.unsupportedPromotional() > 0) {
            out.printf(Locale.ROOT, " · %d promotional with no evidence in the article", summary.unsupportedPromotional());
        }
        out.println();
        for (ChecklistItem item : ChecklistItem.values()) {
            out.printf(Locale.ROOT, "   [%s] %s%s%n", summary.answer(item) ? "x" : " ", item.question(),
                    summary.answer(item) ? " (sentences " + summary.checklist().get(item) + ")" : "");
        }
        out.println();
        out.flush();
        return buffer.toString();
    }
}
