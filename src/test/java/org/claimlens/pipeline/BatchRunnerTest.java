package org.claimlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimlens.TestModels;
import org.claimlens.document.Document;
import org.claimlens.document.InputError;
import org.claimlens.document.InputItem;
import org.claimlens.model.SentenceClassifier;
import org.claimlens.report.Tables;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    private final Analyzer analyzer = new Analyzer(new SentenceClassifier(TestModels.bundle()));

    private static List<InputItem> items() {
        List<InputItem> items = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (i % 17 == 5) {
                items.add(new InputItem.Unreadable(new InputError("bad" + i + ".txt", "", "broken")));
            } else {
                items.add(new InputItem.Readable(new Document("doc" + i, "doc" + i,
                        "Book now for lasting relief. ".repeat(i % 7 + 1) + "The trial enrolled " + i + " adults [3].")));
            }
        }
        return items;
    }

    /** Every result as the rows the CSV output would hold. */
    private List<String> run(int threads) throws Exception {
        List<String> out = new ArrayList<>();
        BatchRunner.Tally tally = new BatchRunner(analyzer, threads).run(items().iterator(), new BatchRunner.Sink<List<String>>() {
            @Override
            public List<String> render(long ordinal, AnalyzedDocument document) {
                List<String> rows = new ArrayList<>();
                rows.add("input " + ordinal + " is " + document.document().id());
                document.sentences().forEach(s -> rows.add(Tables.sentenceRow(document, s).toString()));
                return rows;
            }

            @Override
            public void document(AnalyzedDocument document, List<String> rendered) {
                out.addAll(rendered);
            }

            @Override
            public void error(InputError error) {
                out.add("error " + error.message());
            }
        });
        out.add(tally.describe());
        return out;
    }

    @Test
    void outputIsIdenticalForOneAndManyThreadsAndInInputOrder() throws Exception {
        List<String> single = run(1);
        List<String> many = run(4);
        assertEquals(single, many);
        // Items 5, 22, 39 and 56 are the unreadable ones; each document adds one "input" line.
        assertEquals("56 documents, " + (single.size() - 56 - 4 - 1) + " sentences, 4 errors", single.get(single.size() - 1));
        assertEquals("error bad5.txt: broken", single.stream().filter(s -> s.startsWith("error")).findFirst().orElseThrow());
        List<String> order = single.stream().filter(s -> s.startsWith("{document_id=doc")).map(s -> s.substring(13, s.indexOf(','))).distinct().toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (i % 17 != 5) {
                expected.add("doc" + i);
            }
        }
        assertEquals(expected, order);
        // Ordinals count every input, the unreadable ones too: document i is input i + 1.
        assertTrue(single.contains("input 1 is doc0"));
        assertTrue(single.contains("input 60 is doc59"));
    }
}
