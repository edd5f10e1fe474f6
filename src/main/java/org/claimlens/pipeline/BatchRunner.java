package org.claimlens.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimlens.document.InputError;
import org.claimlens.document.InputItem;

/**
 * Scores a stream of inputs on several threads and hands the results to a {@link Sink} in input
 * order, so the output is the same whatever the thread count. At most a small, fixed window of
 * documents is in flight at once: memory stays flat however long the stream.
 */
public final class BatchRunner {

    /**
     * Receives results. {@link #render} runs on the worker thread that analysed the document, in no
     * particular order, so the per-document work of the outputs (summaries, formatting) spreads over
     * the cores; {@link #document} and {@link #error} then run on the calling thread, in input order.
     *
     * @param <R> what the outputs make of one document before it is written
     */
    public interface Sink<R> {
        R render(long ordinal, AnalyzedDocument document);

        void document(AnalyzedDocument document, R rendered) throws Exception;

        void error(InputError error) throws Exception;
    }

    /** Final counts of a run. */
    public record Tally(long documents, long sentences, long errors) {
        public String describe() {
            return documents + " documents, " + sentences + " sentences, " + errors + " errors";
        }
    }

    private final Analyzer analyzer;
    private final int threads;

    public BatchRunner(Analyzer analyzer, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.analyzer = analyzer;
        this.threads = threads;
    }

    /** A document with what the sink rendered of it, or an input that failed. */
    private record Outcome<R>(AnalyzedDocument document, R rendered, InputError error) {
    }

    public <R> Tally run(Iterator<InputItem> inputs, Sink<R> sink) throws Exception {
        long documents = 0;
        long sentences = 0;
        long errors = 0;
        int window = threads * 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "claimlens-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Outcome<R>>> inFlight = new ArrayDeque<>();
            long ordinal = 0;
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inputs.hasNext() && inFlight.size() < window) {
                    InputItem item = inputs.next();
                    long position = ++ordinal;
                    inFlight.add(pool.submit(() -> process(position, item, sink)));
                }
                Outcome<R> outcome = await(inFlight.removeFirst());
                if (outcome.error() == null) {
                    documents++;
                    sentences += outcome.document().sentences().size();
                    sink.document(outcome.document(), outcome.rendered());
                } else {
                    errors++;
                    sink.error(outcome.error());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Tally(documents, sentences, errors);
    }

    /** The analysed and rendered document, or the error for an input that could not be read or scored. */
    private <R> Outcome<R> process(long ordinal, InputItem item, Sink<R> sink) {
        if (item instanceof InputItem.Unreadable unreadable) {
            return new Outcome<>(null, null, unreadable.error());
        }
        InputItem.Readable readable = (InputItem.Readable) item;
        try {
            AnalyzedDocument analyzed = analyzer.analyze(readable.document());
            return new Outcome<>(analyzed, sink.render(ordinal, analyzed), null);
        } catch (RuntimeException | StackOverflowError e) {
            String source = readable.document().source();
            return new Outcome<>(null, null, new InputError(source, "", "could not be scored ("
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")"));
        }
    }

    private static <T> T await(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
