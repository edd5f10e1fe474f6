package org.claimlens.cli;

import org.junit.jupiter.api.Test;

class ClaimLensTest {

    @Test
    void helpListsTheCommands() {
        Run.of("--help").expect(0).outContains("score").outContains("train").outContains("evaluate").outContains("explain");
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
