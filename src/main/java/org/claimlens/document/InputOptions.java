package org.claimlens.document;

import java.util.List;

/**
 * How inputs are found and read.
 *
 * @param include glob patterns a file found in a folder must match (relative to that folder);
 *     empty means every file with a known extension
 * @param exclude glob patterns that remove files found in a folder
 * @param idColumn the CSV column or JSON field holding a corpus record's id (records are numbered when absent)
 * @param textColumn the CSV column or JSON field holding a corpus record's text
 * @param maxDocumentChars documents longer than this are refused with an error, never silently cut
 */
public record InputOptions(List<String> include, List<String> exclude, String idColumn, String textColumn,
        int maxDocumentChars) {

    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 10_000_000;

    public static InputOptions defaults() {
        return new InputOptions(List.of(), List.of(), "id", "text", DEFAULT_MAX_DOCUMENT_CHARS);
    }

    public InputOptions {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }
}
