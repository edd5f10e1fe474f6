package org.claimlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimlens.model.Folds;
import org.claimlens.model.LabelledData;
import org.claimlens.model.LabelledSentence;
import org.claimlens.model.Trainer;
import org.claimlens.model.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuilds the model bundle from the training data, deterministically, and prints its "
                + "10-fold cross-validation figures (holding out whole training files when there are at least ten).")
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR|FILE", description = "Training CSV files (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:claimlens.home:-.}/training-data")
    Path data;

    @Option(names = "--out", paramLabel = "PATH", description = "Where to write the bundle (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:claimlens.home:-.}/models/claimlens.model")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> files = LabelledData.files(data);
        if (files.isEmpty()) {
            throw new org.claimlens.model.DataException(data + ": no training CSV files");
        }
        List<LabelledSentence> sentences = LabelledData.read(files);
        TrainingOptions options = TrainingOptions.shipped();
        boolean byFile = Folds.holdsOutFiles(sentences, options.folds());
        stdout.printf(Locale.ROOT, "training %s (%s) on %d sentences from %d files; %d-fold cross-validation "
                + "holding out %s, seed %d%n", options.classifier(), options.options(), sentences.size(), files.size(),
                options.folds(), byFile ? "whole files" : "sentences", options.seed());
        stdout.flush();
        Trainer.Result result = Trainer.train(sentences, LabelledData.sha256(files), options);
        result.bundle().save(out);
        stdout.println();
        stdout.print(result.crossValidation().toText());
        stdout.printf(Locale.ROOT, "%ncalibration temperature %.3f; model written to %s%n",
                result.bundle().manifest().temperature(), out);
        stdout.flush();
        return 0;
    }
}
