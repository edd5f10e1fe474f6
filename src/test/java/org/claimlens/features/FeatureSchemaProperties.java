package org.claimlens.features;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Any string yields finite features from the declared schema, without an exception. */
class FeatureSchemaProperties {

    private static final FeatureSchema SCHEMA = new FeatureSchema(FeatureSet.BOTH, List.of("ngram.our", "ngram.0_adult"));
    private static final Set<String> DECLARED = Set.copyOf(SCHEMA.featureNames());

    @Property(tries = 500)
    void anyTextGivesDeclaredFiniteFeatures(@ForAll @StringLength(max = 300) String text) {
        for (Feature feature : SCHEMA.extract(text).features()) {
            assertTrue(DECLARED.contains(feature.name()), feature.name());
            assertTrue(Double.isFinite(feature.value()) && feature.value() != 0, feature.toString());
        }
    }
}
