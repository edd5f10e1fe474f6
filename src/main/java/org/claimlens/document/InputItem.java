package org.claimlens.document;

/** What reading an input yields, in input order: a document to score, or an error to report. */
public sealed interface InputItem {

    record Readable(Document document) implements InputItem {
    }

    record Unreadable(InputError error) implements InputItem {
    }
}
