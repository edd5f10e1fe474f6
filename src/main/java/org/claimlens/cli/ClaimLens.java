package org.claimlens.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.claimlens.model.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimlens} command: subcommands score, train, evaluate, explain, compare and bench. */
@Command(name = "claimlens", mixinStandardHelpOptions = true, versionProvider = ClaimLens.Version.class,
        description = "Labels each sentence of health texts as promotional, evidence, caveat or neutral, "
                + "with probabilities and the cues behind each label.",
        subcommands = {ScoreCommand.class, TrainCommand.class, EvaluateCommand.class, ExplainCommand.class,
                CompareCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (including any input that could not be scored)", "2:usage error"})
public final class ClaimLens {

    /** Held so the setting is not garbage-collected: Weka's netlib probe warns about missing native code. */
    private static final Logger NETLIB = Logger.getLogger("com.github.fommil");

    public static void main(String[] args) {
        NETLIB.setLevel(Level.OFF);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new ClaimLens());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("claimlens: " + Failure.describe(e));
            return 1;
        });
        return commandLine.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"claimlens " + Versions.claimLens() + " (Weka " + Versions.weka()
                    + ", CoreNLP " + Versions.libraries().get("corenlp") + ")"};
        }
    }
}
