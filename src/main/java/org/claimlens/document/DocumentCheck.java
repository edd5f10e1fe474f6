package org.claimlens.document;

/** The checks every document passes, whatever it was read from: not empty, not over the size limit. */
final class DocumentCheck {

    private DocumentCheck() {
    }

    static InputItem check(Document document, String input, String record, int maxChars) {
        if (document.text().isBlank()) {
            return new InputItem.Unreadable(new InputError(input, record, "empty document (no text)"));
        }
        if (document.text().length() > maxChars) {
            return new InputItem.Unreadable(new InputError(input, record, "document has "
                    + document.text().length() + " characters, over the limit of " + maxChars
                    + " (--max-document-chars)"));
        }
        return new InputItem.Readable(document);
    }
}
