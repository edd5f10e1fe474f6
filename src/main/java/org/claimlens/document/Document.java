package org.claimlens.document;

/**
 * One text to score. {@code id} identifies it in every output (a file path, or a corpus record's id);
 * {@code source} says where it was read from (the file, and for corpora the line or record).
 */
public record Document(String id, String source, String text) {
}
