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
}
