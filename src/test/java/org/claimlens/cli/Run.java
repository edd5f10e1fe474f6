package org.claimlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real entry point with captured output. */
final class Run {

    final int exit;
    final String out;
    final String err;

    private Run(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClaimLens.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    Run expect(int code) {
        assertEquals(code, exit, () -> "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err);
        return this;
    }

    Run errContains(String text) {
        assertTrue(err.contains(text), () -> "stderr lacks «" + text + "»:\n" + err);
        return this;
    }

    Run outContains(String text) {
        assertTrue(out.contains(text), () -> "stdout lacks «" + text + "»:\n" + out);
        return this;
    }
}
