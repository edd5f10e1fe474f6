package org.claimlens.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimlens.model.Contribution;
import org.claimlens.model.Explanation;
import org.claimlens.model.Label;
import org.claimlens.model.SentenceClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows every feature that fired for one sentence, its value and its contribution to each label, "
                + "and the probabilities.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Parameters(paramLabel = "SENTENCE", arity = "1..*", description = "The sentence (several words are joined with spaces).")
    String[] words;

    @Override
    public Integer call() throws Exception {
        SentenceClassifier classifier = modelOption.load();
        String sentence = String.join(" ", words);
        Explanation explanation = classifier.explain(sentence);
        PrintWriter out = spec.commandLine().getOut();
        Label label = explanation.label();
        out.printf(Locale.ROOT, "sentence: %s%nlabel:    %s (%.3f)%n%n", sentence, label.id(),
                explanation.probabilities()[label.ordinal()]);
        for (Label l : Label.values()) {
            out.printf(Locale.ROOT, "  p(%s) = %.3f%n", l.id(), explanation.probabilities()[l.ordinal()]);
        }
        out.printf(Locale.ROOT, "%n%-32s %6s %12s %12s %12s %12s  %s%n", "feature", "value", "promotional",
                "evidence", "caveat", "neutral", "matched text");
        for (Contribution c : explanation.contributions(label)) {
            out.printf(Locale.ROOT, "%-32s %6.2f", c.feature(), c.value());
            for (Label l : Label.values()) {
                double contribution = explanation.contributions(l).stream()
                        .filter(x -> x.feature().equals(c.feature())).findFirst().orElseThrow().contribution();
                out.printf(Locale.ROOT, " %+12.2f", contribution);
            }
            out.printf(Locale.ROOT, "  %s%n", c.evidence());
        }
        if (!explanation.linear()) {
            out.println("\n(this model is not linear: per-feature contributions are not available)");
        } else if (!explanation.additive()) {
            out.println("\n(contributions are margins of the model's pairwise machines, not log-odds)");
        }
        out.flush();
        return 0;
    }
}
