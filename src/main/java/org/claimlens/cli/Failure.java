package org.claimlens.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.claimlens.model.DataException;

/** One-line descriptions of failures for the user, never a stack trace. */
final class Failure {

    private Failure() {
    }

    static String describe(Throwable e) {
        if (e instanceof DataException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return e.getMessage() + ": permission denied";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory; raise the heap with CLAIMLENS_HEAP (e.g. CLAIMLENS_HEAP=4g) or lower --threads";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String firstLine = message.lines().findFirst().orElse(message);
        return e instanceof IOException ? firstLine : e.getClass().getSimpleName() + ": " + firstLine;
    }
}
