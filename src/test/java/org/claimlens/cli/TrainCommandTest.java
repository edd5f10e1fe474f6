package org.claimlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimlens.TestModels;
import org.claimlens.model.LabelledSentence;
import org.claimlens.model.ModelBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainsALoadableBundleAndPrintsCrossValidation() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        StringBuilder csv = new StringBuilder("id,text,label\n");
        for (LabelledSentence s : TestModels.sentences()) {
            csv.append(s.id()).append(",\"").append(s.text().replace("\"", "\"\"")).append("\",").append(s.label()).append('\n');
        }
        Files.writeString(data.resolve("train.csv"), csv);
        Path model = dir.resolve("m.model");
        Run.of("train", "--data", data.toString(), "--out", model.toString()).expect(0)
                .outContains("macro-F1").outContains("confusion").outContains("model written to " + model);
        assertEquals(TestModels.sentences().size(), ModelBundle.load(model).manifest().trainingSentences());
    }

    @Test
    void aBadLabelNamesTheFileAndLine() throws Exception {
        Path data = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(data.resolve("x.csv"), "text,label\nFine.,neutral\nOdd.,hype\n");
        Run.of("train", "--data", data.toString(), "--out", dir.resolve("m.model").toString()).expect(1)
                .errContains("x.csv line 3: unknown label 'hype' (expected promotional, evidence, caveat or neutral)");
    }
}
