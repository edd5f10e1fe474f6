package org.claimlens.model;

/** A linear model's weight for each attribute toward each label, read from a trained classifier. */
interface LabelWeights {

    /** The attribute's index, or -1 when the model has no such attribute. */
    int index(String feature);

    double weight(int attribute, int label);

    double bias(int label);
}
