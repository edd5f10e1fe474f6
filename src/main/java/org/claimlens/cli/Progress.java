package org.claimlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A one-line progress bar on standard error: documents, sentences, rate and, when the input size
 * is known, percentage and ETA (by characters read against bytes on disk). Silent when standard
 * error is not a terminal or with --quiet, so logs and pipes stay clean.
 */
final class Progress {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private long documents;
    private long sentences;
    private long errors;
    private long characters;
    private boolean drawn;
    /** Set at the end: the byte-based estimate (escapes and markup count as bytes) then reads 100%. */
    private boolean finished;

    private Progress(PrintWriter err, boolean enabled, long totalBytes) {
        this.err = err;
        this.enabled = enabled;
        this.totalBytes = totalBytes;
    }

    /**
     * Enabled when standard error is a terminal: the launcher says so in {@code claimlens.stderrTerminal}
     * (Java 17 cannot tell by itself); without the launcher, when the JVM has a console.
     */
    static Progress forTerminal(PrintWriter err, boolean quiet, long totalBytes) {
        String told = System.getProperty("claimlens.stderrTerminal");
        boolean terminal = told != null ? Boolean.parseBoolean(told) : System.console() != null;
        return new Progress(err, !quiet && terminal, totalBytes);
    }

    /** Bytes on disk of the named files and folders (0 when unknown, e.g. standard input). */
    static long totalBytes(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            Path path = Path.of(input);
            if (input.equals("-") || !Files.exists(path)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                total += walk.filter(Files::isRegularFile).mapToLong(p -> {
                    try {
                        return Files.size(p);
                    } catch (IOException e) {
                        return 0;
                    }
                }).sum();
            } catch (IOException | UncheckedIOException e) {
                // The size only feeds the ETA; the inputs themselves report their own errors.
            }
        }
        return total;
    }

    static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        try {
            return columns == null ? 120 : Integer.parseInt(columns.strip());
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    void advance(long chars, long newSentences, boolean error) {
        documents += error ? 0 : 1;
        errors += error ? 1 : 0;
        sentences += newSentences;
        characters += chars;
        long now = System.nanoTime();
        if (enabled && now - lastDrawn > REDRAW_NANOS) {
            lastDrawn = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        StringBuilder line = new StringBuilder();
        if (totalBytes > 0) {
            double done = finished ? 1.0 : Math.min(1.0, (double) characters / totalBytes);
            int filled = (int) (done * 20);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(20 - filled)).append("] ");
            line.append(String.format(Locale.ROOT, "%3.0f%% ", done * 100));
            if (done > 0.01) {
                line.append(String.format(Locale.ROOT, "ETA %s ", duration(seconds * (1 - done) / done)));
            }
        }
        line.append(String.format(Locale.ROOT, "%d docs, %d sentences, %.0f sent/s, %d errors",
                documents, sentences, sentences / seconds, errors));
        err.print("\r" + line + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /** Erases the bar before other output is printed. */
    void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    void finish() {
        finished = true;
        if (enabled) {
            draw(System.nanoTime());
            err.println();
            err.flush();
            drawn = false;
        }
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
