package org.claimlens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimlens.model.Label;
import org.claimlens.model.LabelledSentence;
import org.claimlens.model.ModelBundle;
import org.claimlens.model.Trainer;
import org.claimlens.model.TrainingOptions;

/** A small model trained once per test run from sentences written here, so tests do not depend on models/. */
public final class TestModels {

    private static final String[][] SENTENCES = {
        {"Our miracle infusions cure depression fast.", "promotional"},
        {"Book your free consultation today!", "promotional"},
        {"95% of our clients feel better after one session.", "promotional"},
        {"This revolutionary therapy can transform your life.", "promotional"},
        {"Studies show our supplement boosts energy naturally.", "promotional"},
        {"Say goodbye to joint pain with our all-natural formula.", "promotional"},
        {"I felt like a new person after my second drip!", "promotional"},
        {"Guaranteed results or your money back.", "promotional"},
        {"A 2018 randomized trial of 120 adults found a 30% reduction in symptoms [4].", "evidence"},
        {"The meta-analysis, published in JAMA, pooled 14 placebo-controlled trials.", "evidence"},
        {"Participants were randomly assigned to drug or placebo (Smith et al., 2020).", "evidence"},
        {"In a cohort of 2,000 women, the risk of fracture fell by 12 percent.12", "evidence"},
        {"The FDA approved the drug in 2019 after two phase 3 trials.", "evidence"},
        {"A Cochrane review of 31 studies found a modest benefit for back pain.", "evidence"},
        {"The trial enrolled 240 patients at nine hospitals.", "evidence"},
        {"Researchers reported the results in The Lancet on Tuesday.", "evidence"},
        {"Side effects include nausea, dizziness and high blood pressure.", "caveat"},
        {"More research is needed before this can be recommended.", "caveat"},
        {"The study was small and uncontrolled.", "caveat"},
        {"Talk to your doctor before starting any supplement.", "caveat"},
        {"This treatment is not FDA-approved for depression.", "caveat"},
        {"The study was funded by the company that sells the device.", "caveat"},
        {"This content is for informational purposes only and is not medical advice.", "caveat"},
        {"Clinic websites promise miraculous recoveries that no trial has shown.", "caveat"},
        {"Contact us", "neutral"},
        {"Our clinic is open Monday to Friday.", "neutral"},
        {"Ketamine was first made in 1962.", "neutral"},
        {"What is PRP?", "neutral"},
        {"Skip to main content", "neutral"},
        {"Melatonin is a hormone made by the pineal gland.", "neutral"},
        {"Parking is available behind the building.", "neutral"},
        {"Written by Dr. Ana Ruiz, a family physician in Denver.", "neutral"},
    };

    private static Path modelFile;

    private TestModels() {
    }

    public static List<LabelledSentence> sentences() {
        List<LabelledSentence> rows = new ArrayList<>();
        for (int i = 0; i < SENTENCES.length; i++) {
            rows.add(new LabelledSentence("t" + i, SENTENCES[i][0], Label.parse(SENTENCES[i][1]).orElseThrow(), "test.csv"));
        }
        return rows;
    }

    /** Options for a quick model: cues and n-grams, 4 folds, n-grams seen in 2 sentences. */
    public static TrainingOptions options() {
        TrainingOptions shipped = TrainingOptions.shipped();
        return new TrainingOptions(shipped.featureSet(), shipped.annotators(), shipped.classifier(), shipped.options(), 1, 4, 2, 500, List.of());
    }

    public static Trainer.Result train() {
        return train(options());
    }

    public static Trainer.Result train(TrainingOptions options) {
        try {
            return Trainer.train(sentences(), "test-data", options);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tiny model with another learner, in memory. */
    public static ModelBundle bundle(String classifier, String classifierOptions) {
        return train(options().with(options().featureSet(), classifier, classifierOptions)).bundle();
    }

    /** The tiny model saved as a bundle file, trained once per JVM. */
    public static synchronized Path modelFile() {
        if (modelFile == null) {
            try {
                Path file = Files.createTempFile("claimlens-test", ".model");
                file.toFile().deleteOnExit();
                train().bundle().save(file);
                modelFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return modelFile;
    }

    public static ModelBundle bundle() {
        try {
            return ModelBundle.load(modelFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
