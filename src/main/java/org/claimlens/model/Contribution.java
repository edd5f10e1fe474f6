package org.claimlens.model;

/**
 * How much one feature pushed a sentence toward a label: for the shipped linear model, the feature's
 * weight for that label (centred across labels, divided by the calibration temperature) times its
 * value, in log-odds units. The label's logit is the sum of these plus the label's bias.
 */
public record Contribution(String feature, double value, double contribution, String evidence) {
}
