package dev.floe.testing.junit.traceability.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import dev.floe.testing.traceability.matrix.SpecSet;

/**
 * The slow, run-independent parts of building the matrix (reading the specs, scanning the test class
 * folders), started on a background thread when a test plan starts, so that they overlap the tests instead
 * of adding to the end of the run. A failed prefetch is simply done again when the matrix is built.
 */
final class Prefetch {

    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "floe-traceability-prefetch");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    private final CompletableFuture<SpecSet> specs;
    private final Supplier<SpecSet> specSource;
    private final ClassLoader loader;
    private final Map<Path, CompletableFuture<Set<String>>> scans = new ConcurrentHashMap<>();

    Prefetch(Supplier<SpecSet> specSource, ClassLoader loader) {
        this.specSource = specSource;
        this.loader = loader;
        this.specs = CompletableFuture.supplyAsync(specSource, BACKGROUND);
    }

    /** Starts scanning {@code dirs} not yet being scanned. */
    void scan(Set<Path> dirs) {
        for (Path dir : dirs) {
            scans.computeIfAbsent(dir, d -> CompletableFuture.supplyAsync(
                    () -> TestMethodScanner.testMethodsIn(Set.of(d), loader), BACKGROUND));
        }
    }

    /** The specs, read in the background or, if that failed, now. */
    SpecSet specs() {
        try {
            return specs.join();
        }
        catch (RuntimeException e) {
            return specSource.get();
        }
    }

    /** The test methods in {@code dirs}: prefetched where possible. */
    Set<String> testMethodsIn(Set<Path> dirs) {
        Set<String> methods = new TreeSet<>();
        for (Path dir : dirs) {
            CompletableFuture<Set<String>> scan = scans.get(dir);
            Set<String> found;
            try {
                found = scan == null ? null : scan.join();
            }
            catch (RuntimeException e) {
                found = null;
            }
            methods.addAll(found != null ? found : TestMethodScanner.testMethodsIn(Set.of(dir), loader));
        }
        return methods;
    }
}
