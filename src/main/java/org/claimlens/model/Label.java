package org.claimlens.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four sentence labels of ClaimLens (see LABELING.md), in a fixed order used everywhere. */
public enum Label {
    PROMOTIONAL, EVIDENCE, CAVEAT, NEUTRAL;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The label as written in data files and reports: lower case. */
    public String id() {
        return id;
    }

    public static Optional<Label> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.id().equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return id();
    }
}
