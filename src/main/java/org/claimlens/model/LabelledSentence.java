package org.claimlens.model;

/** One row of a labelled data file: {@code where} is "file:line" for error messages and reports. */
public record LabelledSentence(String id, String text, Label label, String where) {
}
