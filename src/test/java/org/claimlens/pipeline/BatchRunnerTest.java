package org.claimlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        BatchRunner.Tally tally = new BatchRunner(analyzer, threads).run(items().iterator(), new BatchRunner.Sink() {
            @Override
            public void document(AnalyzedDocument document) {
                document.sentences().forEach(s -> out.add(Tables.sentenceRow(document, s).toString()));
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
        // Items 5, 22, 39 and 56 are the unreadable ones.
        assertEquals("56 documents, " + (single.size() - 4 - 1) + " sentences, 4 errors", single.get(single.size() - 1));
        assertEquals("error bad5.txt: broken", single.stream().filter(s -> s.startsWith("error")).findFirst().orElseThrow());
        List<String> order = single.stream().filter(s -> s.startsWith("{document_id=doc")).map(s -> s.substring(13, s.indexOf(','))).distinct().toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (i % 17 != 5) {
                expected.add("doc" + i);
            }
        }
        assertEquals(expected, order);
    }
}
