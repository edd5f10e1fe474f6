package org.claimlens.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The features of one sentence, sorted by name; a name added twice keeps the larger value. */
public final class FeatureVector {

    private final Map<String, Feature> features = new HashMap<>();

    public void add(String name, double value, String evidence) {
        if (value == 0 || Double.isNaN(value)) {
            return;
        }
        Feature previous = features.get(name);
        if (previous == null || value > previous.value()) {
            features.put(name, new Feature(name, value, evidence));
        }
    }

    public void add(String name, double value) {
        add(name, value, "");
    }

    public boolean has(String name) {
        return features.containsKey(name);
    }

    public double value(String name) {
        Feature feature = features.get(name);
        return feature == null ? 0 : feature.value();
    }

    /** The non-zero features, sorted by name. */
    public List<Feature> features() {
        List<Feature> sorted = new ArrayList<>(features.values());
        sorted.sort(Comparator.comparing(Feature::name));
        return sorted;
    }
}
