package dev.floe.testing.traceability.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each fuzz input on a worker thread and fails when one does not finish in time. (A JUnit {@code @Timeout}
 * would bound the whole fuzzing session, which is one test invocation, not each input.)
 */
public final class BoundedRun implements AutoCloseable {

    private final long seconds;
    private final ExecutorService worker;

    public BoundedRun(String name, long seconds) {
        this.seconds = seconds;
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code check} on {@code input}, rethrowing what it threw; fails after the bound. */
    public void run(byte[] input, Callable<?> check) throws Throwable {
        Future<?> run = worker.submit(check);
        try {
            run.get(seconds, TimeUnit.SECONDS);
        }
        catch (TimeoutException e) {
            run.cancel(true);
            throw new AssertionError("No result within " + seconds + " s on an input of " + input.length + " bytes", e);
        }
        catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
