package org.claimlens.document;

/** Why an input cannot be read, in words for the user; the caller adds which input it was. */
public class UnreadableException extends Exception {
    public UnreadableException(String reason) {
        super(reason);
    }
}
