package org.claimlens.cli;

import java.nio.file.Path;
import org.claimlens.model.DataException;
import org.claimlens.model.ModelBundle;
import org.claimlens.model.SentenceClassifier;
import picocli.CommandLine.Option;

/** {@code --model PATH}, shared by the commands that label sentences. */
final class ModelOption {

    @Option(names = "--model", paramLabel = "PATH",
            description = "Model bundle to use (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:claimlens.home:-.}/models/claimlens.model")
    Path model;

    SentenceClassifier load() throws DataException {
        return new SentenceClassifier(ModelBundle.load(model));
    }

    /** Where the shipped model and training data live: the launcher's folder, or the working folder. */
    static Path home() {
        return Path.of(System.getProperty("claimlens.home", "."));
    }
}
