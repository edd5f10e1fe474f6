package org.claimlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClaimLensTest {

    @Test
    void helpListsTheCommands() {
        Run.of("--help").expect(0).outContains("score").outContains("train").outContains("evaluate").outContains("explain");
    }

    /** picocli reports a description it cannot format (a lone "%") on System.err, not to the writers. */
    @Test
    void everyCommandsHelpFormatsWithoutWarnings() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String command : new String[] {"score", "train", "evaluate", "explain", "compare", "bench"}) {
                Run.of(command, "--help").expect(0).outContains("Usage: claimlens " + command);
            }
        } finally {
            System.setErr(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run.of("score").expect(2).errContains("Missing required parameter");
        Run.of("frobnicate").expect(2);
    }

    @Test
    void fewerThanOneThreadIsAUsageErrorForEveryCommandThatTakesThreads() {
        Run.of("score", "--threads", "0", "-").expect(2).errContains("--threads must be at least 1");
        Run.of("bench", "--threads", "0").expect(2).errContains("--threads must be at least 1");
        Run.of("compare", "--threads", "0").expect(2).errContains("--threads must be at least 1");
    }
}
