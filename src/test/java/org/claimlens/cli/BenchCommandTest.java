package org.claimlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimlens.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's report on a tiny corpus: every figure it promises is printed (no timing is asserted). */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportsThroughputStartUpHeapAndRatios() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("d" + i + ".txt"), "Book your free consultation. Side effects include nausea. ".repeat(5));
        }
        Run.of("bench", "--model", TestModels.modelFile().toString(), "--corpus", dir.toString(), "--rounds", "1",
                        "--skip-pos", "--repeat", "2")
                .expect(0)
                .outContains("start-up to first label")
                .outContains("corenlp tokenize,ssplit")
                .outContains("claimlens end to end, corpus ×2")
                .outContains("peak heap MB")
                .outContains("end to end / bare tokenize+ssplit (")
                .outContains("the same, paired: ")
                .outContains("scaling, ");
    }
}
