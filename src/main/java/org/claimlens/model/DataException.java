package org.claimlens.model;

import java.io.IOException;

/** A data or model file that cannot be used; the message is one line naming the file and the problem. */
public class DataException extends IOException {
    public DataException(String message) {
        super(message);
    }
}
