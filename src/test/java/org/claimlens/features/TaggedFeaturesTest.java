package org.claimlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimlens.text.Annotators;
import org.junit.jupiter.api.Test;

/** Features under the tagging annotators of the ablation. Loads CoreNLP's tagger model (a few seconds). */
class TaggedFeaturesTest {

    private static Map<String, String> wordClasses(FeatureSchema schema, String sentence) {
        Map<String, String> fired = new TreeMap<>();
        schema.extract(sentence).features().stream().filter(f -> f.name().startsWith("pos."))
                .forEach(f -> fired.put(f.name(), f.evidence()));
        return fired;
    }

    @Test
    void wordClassesComeFromTagsWhenTheAnnotatorsTag() {
        FeatureSchema tagged = new FeatureSchema(FeatureSet.CUES, List.of(), Annotators.POS);
        assertEquals(Map.of("pos.modal", "should", "pos.superlative", "best", "pos.comparative", "faster"),
                wordClasses(tagged, "You should see the best results faster than ever."));
        assertEquals(Map.of(), wordClasses(tagged, "Patients return home after the infusion."));
    }

    @Test
    void taggedAndUntaggedSchemasHaveTheSameNamesButDifferentFingerprints() {
        FeatureSchema plain = new FeatureSchema(FeatureSet.CUES, List.of());
        FeatureSchema tagged = new FeatureSchema(FeatureSet.CUES, List.of(), Annotators.POS);
        assertEquals(new TreeSet<>(plain.featureNames()), new TreeSet<>(tagged.featureNames()));
        assertNotEquals(plain.fingerprint(), tagged.fingerprint());
    }

    @Test
    void lemmasFoldIrregularFormsAndTagsAlignWithWords() {
        SentenceText lemmatised = SentenceText.read("The mice went to three clinics.", Annotators.POS_LEMMA);
        assertEquals(List.of("the", "mice", "went", "to", "three", "clinics"), lemmatised.words());
        assertEquals(Inflections.base("mouse"), lemmatised.bases().get(1));
        assertEquals(Inflections.base("go"), lemmatised.bases().get(2));
        assertEquals("VBD", lemmatised.tags().get(2));

        SentenceText plain = SentenceText.read("The mice went to three clinics.", Annotators.TOKENIZE_SSPLIT);
        assertEquals(Inflections.base("went"), plain.bases().get(2));
        assertNull(plain.tags().get(2));
        assertTrue(plain.tags().stream().allMatch(t -> t == null));
    }
}
