package org.claimlens.features;

/**
 * One named feature value of a sentence. {@code evidence} is the text that made it fire (a matched
 * phrase, a marker), or empty when the feature is a property of the whole sentence.
 */
public record Feature(String name, double value, String evidence) {
}
