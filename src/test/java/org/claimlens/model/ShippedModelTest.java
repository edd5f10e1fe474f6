package org.claimlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.claimlens.features.FeatureSchema;
import org.claimlens.features.FeatureVector;
import org.junit.jupiter.api.Test;

/**
 * Fails when the committed model no longer matches what {@code claimlens train} would build: the
 * training data changed, the feature code changes any training sentence's features, the vocabulary
 * would differ, or the shipped training options changed. Loading it also proves the bundle passes
 * every check of {@link ModelBundle#load}.
 */
class ShippedModelTest {

    private static final String RETRAIN = " — run './claimlens train' and commit models/claimlens.model";

    @Test
    void committedModelIsCurrent() throws Exception {
        ModelBundle bundle = ModelBundle.load(Path.of("models/claimlens.model"));
        Manifest manifest = bundle.manifest();
        List<Path> files = LabelledData.files(Path.of("training-data"));
        assertEquals(LabelledData.sha256(files), manifest.trainingDataSha256(), "training-data/ changed" + RETRAIN);

        TrainingOptions shipped = TrainingOptions.shipped();
        assertEquals(shipped.featureSet().name(), manifest.featureSet(), "feature set" + RETRAIN);
        assertEquals(shipped.classifier(), manifest.classifier(), "classifier" + RETRAIN);
        assertEquals(shipped.options(), manifest.classifierOptions(), "classifier options" + RETRAIN);
        assertEquals(shipped.seed(), manifest.seed(), "seed" + RETRAIN);

        List<LabelledSentence> data = LabelledData.read(files);
        FeatureSchema schema = Trainer.schemaFor(data, shipped);
        assertEquals(schema.vocabulary(), bundle.vocabulary(), "n-gram vocabulary" + RETRAIN);
        List<FeatureVector> vectors = data.stream().map(s -> schema.extract(s.text())).toList();
        assertEquals(Trainer.featuresSha256(vectors), manifest.trainingFeaturesSha256(),
                "the feature code changes the training features" + RETRAIN);
    }
}
