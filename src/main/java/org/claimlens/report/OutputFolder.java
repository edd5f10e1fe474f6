package org.claimlens.report;

import java.io.IOException;
import java.nio.file.Path;
import org.claimlens.document.InputError;
import org.claimlens.io.AtomicFile;
import org.claimlens.pipeline.AnalyzedDocument;
import org.claimlens.pipeline.ScoredSentence;

/**
 * The batch output folder: {@code sentences.csv}, {@code articles.csv} (or their {@code .jsonl}
 * twins) and {@code errors.csv}, each written atomically when the run completes.
 */
public final class OutputFolder implements AutoCloseable {

    public enum Format { CSV, JSONL }

    private final AtomicFile sentencesFile;
    private final AtomicFile articlesFile;
    private final AtomicFile errorsFile;
    private final TableWriter sentences;
    private final TableWriter articles;
    private final TableWriter errors;

    public OutputFolder(Path folder, Format format) throws IOException {
        String extension = format == Format.CSV ? ".csv" : ".jsonl";
        sentencesFile = new AtomicFile(folder.resolve("sentences" + extension));
        articlesFile = new AtomicFile(folder.resolve("articles" + extension));
        errorsFile = new AtomicFile(folder.resolve("errors.csv"));
        sentences = format == Format.CSV
                ? TableWriter.csv(sentencesFile.writer(), Tables.SENTENCE_COLUMNS)
                : TableWriter.jsonl(sentencesFile.writer());
        articles = format == Format.CSV
                ? TableWriter.csv(articlesFile.writer(), Tables.ARTICLE_COLUMNS)
                : TableWriter.jsonl(articlesFile.writer());
        errors = TableWriter.csv(errorsFile.writer(), Tables.ERROR_COLUMNS);
    }

    public void document(AnalyzedDocument document, ArticleSummary summary) throws IOException {
        for (ScoredSentence sentence : document.sentences()) {
            sentences.write(Tables.sentenceRow(document, sentence));
        }
        articles.write(Tables.articleRow(summary));
    }

    public void error(InputError error) throws IOException {
        errors.write(Tables.errorRow(error));
    }

    /** Makes all three files visible; until then the previous files, if any, stay in place. */
    public void commit() throws IOException {
        sentences.close();
        articles.close();
        errors.close();
        sentencesFile.commit();
        articlesFile.commit();
        errorsFile.commit();
    }

    @Override
    public void close() throws IOException {
        sentencesFile.close();
        articlesFile.close();
        errorsFile.close();
    }
}
