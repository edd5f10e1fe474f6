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

    /** Receives results in input order, on the calling thread. */
    public interface Sink {
        void document(AnalyzedDocument document) throws Exception;

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

    public Tally run(Iterator<InputItem> inputs, Sink sink) throws Exception {
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
            Deque<Future<Object>> inFlight = new ArrayDeque<>();
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inputs.hasNext() && inFlight.size() < window) {
                    InputItem item = inputs.next();
                    inFlight.add(pool.submit(() -> process(item)));
                }
                Object result = await(inFlight.removeFirst());
                if (result instanceof AnalyzedDocument analyzed) {
                    documents++;
                    sentences += analyzed.sentences().size();
                    sink.document(analyzed);
                } else {
                    errors++;
                    sink.error((InputError) result);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Tally(documents, sentences, errors);
    }

    /** An {@link AnalyzedDocument}, or an {@link InputError} for inputs that could not be read or scored. */
    private Object process(InputItem item) {
        if (item instanceof InputItem.Unreadable unreadable) {
            return unreadable.error();
        }
        InputItem.Readable readable = (InputItem.Readable) item;
        try {
            return analyzer.analyze(readable.document());
        } catch (RuntimeException | StackOverflowError e) {
            String source = readable.document().source();
            return new InputError(source, "", "could not be scored (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")");
        }
    }

    private static Object await(Future<Object> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
