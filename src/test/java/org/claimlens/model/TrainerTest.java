package org.claimlens.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimlens.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {

    @TempDir
    Path dir;

    @Test
    void trainingIsDeterministicToTheByte() throws Exception {
        TestModels.train().bundle().save(dir.resolve("a.model"));
        TestModels.train().bundle().save(dir.resolve("b.model"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.model")), Files.readAllBytes(dir.resolve("b.model")));
    }

    @Test
    void keepsOnlyFeaturesThatVaryInTraining() {
        ModelBundle bundle = TestModels.train().bundle();
        assertTrue(bundle.attributes().contains("cue.offer"));
        assertTrue(!bundle.attributes().contains("cite.pmid"), "cite.pmid never fires in the test sentences");
    }

    @Test
    void theManifestSaysWhatTheFoldsHeldOut() throws Exception {
        assertEquals("sentences, stratified by label",
                TestModels.train().bundle().manifest().crossValidation().get("held_out"));
        // The same sentences spread over as many files as folds: now whole files are held out.
        List<LabelledSentence> inFiles = new ArrayList<>();
        List<LabelledSentence> sentences = TestModels.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            LabelledSentence s = sentences.get(i);
            inFiles.add(new LabelledSentence(s.id(), s.text(), s.label(), "file" + i % TestModels.options().folds() + ".csv"));
        }
        Trainer.Result result = Trainer.train(inFiles, "test", TestModels.options());
        assertEquals("whole files", result.bundle().manifest().crossValidation().get("held_out"));
        assertEquals(inFiles.size(), result.crossValidation().n());
    }

    @Test
    void crossValidationCoversEverySentenceOnce() {
        Trainer.Result result = TestModels.train();
        assertEquals(TestModels.sentences().size(), result.crossValidation().n());
        assertTrue(result.bundle().manifest().temperature() > 0);
    }
}
