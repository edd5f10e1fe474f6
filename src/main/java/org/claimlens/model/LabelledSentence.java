package org.claimlens.model;

/**
 * One row of a labelled data file. {@code file} is the name of the file it came from: cross-validation
 * holds files out whole ({@link Folds}).
 */
public record LabelledSentence(String id, String text, Label label, String file) {
}
