package org.claimlens.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimlens.features.Feature;
import org.claimlens.features.FeatureVector;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SparseInstance;
import weka.core.Utils;

/**
 * Turns feature vectors into Weka instances over a fixed attribute list: one numeric attribute per
 * feature name (sorted by name), then the nominal class attribute with the labels in {@link Label} order. Features
 * not in the list are ignored (they never varied in training, so the model has no weight for them).
 */
public final class Vectorizer {

    private final List<String> attributeNames;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final Instances header;

    public Vectorizer(List<String> attributeNames) {
        this.attributeNames = attributeNames.stream().sorted().toList();
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (String name : this.attributeNames) {
            indexByName.put(name, attributes.size());
            attributes.add(new Attribute(name));
        }
        attributes.add(new Attribute("label", Arrays.stream(Label.values()).map(Label::id).toList()));
        header = new Instances("claimlens", attributes, 0);
        header.setClassIndex(attributes.size() - 1);
    }

    public List<String> attributeNames() {
        return attributeNames;
    }

    public Instances dataset(List<FeatureVector> vectors, List<Label> labels) {
        Instances data = new Instances(header, vectors.size());
        for (int i = 0; i < vectors.size(); i++) {
            Instance instance = vectorize(vectors.get(i));
            instance.setDataset(data);
            instance.setClassValue(labels.get(i).ordinal());
            data.add(instance);
        }
        return data;
    }

    /** A sparse instance of the vector's known features; the class value is missing. */
    public Instance vectorize(FeatureVector vector) {
        List<Feature> features = vector.features();
        int[] indices = new int[features.size() + 1];
        double[] values = new double[features.size() + 1];
        int n = 0;
        // Features come sorted by name and attributes are sorted by name, so indices ascend as Weka requires.
        for (Feature feature : features) {
            Integer index = indexByName.get(feature.name());
            if (index != null) {
                indices[n] = index;
                values[n] = feature.value();
                n++;
            }
        }
        indices[n] = header.classIndex();
        values[n] = Utils.missingValue();
        n++;
        Instance instance = new SparseInstance(1.0, Arrays.copyOf(values, n), Arrays.copyOf(indices, n),
                header.numAttributes());
        instance.setDataset(header);
        return instance;
    }
}
