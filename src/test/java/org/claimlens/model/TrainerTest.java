package org.claimlens.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void crossValidationCoversEverySentenceOnce() {
        Trainer.Result result = TestModels.train();
        assertEquals(TestModels.sentences().size(), result.crossValidation().n());
        assertTrue(result.bundle().manifest().temperature() > 0);
    }
}
