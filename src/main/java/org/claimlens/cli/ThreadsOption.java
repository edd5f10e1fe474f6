package org.claimlens.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads N}, shared by the commands that run on several cores; fewer than one is a usage error. */
final class ThreadsOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    void setThreads(int value) {
        if (value < 1) {
            throw new ParameterException(mixee.commandLine(), "--threads must be at least 1");
        }
        threads = value;
    }

    int count() {
        return threads;
    }
}
