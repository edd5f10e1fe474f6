package org.claimlens.document;

/**
 * An input that cannot be scored: the file (or "-" for standard input), the record within it when
 * the file is a corpus (empty otherwise), and the reason, in one line.
 */
public record InputError(String input, String record, String reason) {

    /** The one-line message shown to users: {@code input[record]: reason}. */
    public String message() {
        return input + (record.isEmpty() ? "" : " " + record) + ": " + reason;
    }
}
