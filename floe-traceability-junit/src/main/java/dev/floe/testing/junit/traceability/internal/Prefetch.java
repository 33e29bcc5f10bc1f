package dev.floe.testing.junit.traceability.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.junit.platform.engine.support.descriptor.ClassSource;

import dev.floe.testing.traceability.matrix.SpecSet;

/**
 * The slow, run-independent parts of building the matrix (reading the specs, finding and scanning the
 * test class folders), started on a background thread when a test plan starts, so that they overlap the tests instead
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
    private final List<CompletableFuture<Map<Path, Set<String>>>> scans = new CopyOnWriteArrayList<>();
    /** Folders being scanned already: a JVM that runs one plan per class scans each folder once. */
    private final Set<Path> scanned = ConcurrentHashMap.newKeySet();

    Prefetch(Supplier<SpecSet> specSource, ClassLoader loader) {
        this.specSource = specSource;
        this.loader = loader;
        this.specs = CompletableFuture.supplyAsync(specSource, BACKGROUND);
    }

    /** Starts working out the class folders of {@code testClasses} and scanning them, in the background. */
    void scan(List<ClassSource> testClasses) {
        scans.add(CompletableFuture.supplyAsync(() -> {
            Map<Path, Set<String>> found = new HashMap<>();
            for (Path dir : PlanRecorder.classDirsOf(testClasses)) {
                if (scanned.add(dir)) {
                    found.put(dir, TestMethodScanner.testMethodsIn(Set.of(dir), loader));
                }
            }
            return found;
        }, BACKGROUND));
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
        Map<Path, Set<String>> prefetched = new HashMap<>();
        for (CompletableFuture<Map<Path, Set<String>>> scan : scans) {
            try {
                prefetched.putAll(scan.join());
            }
            catch (RuntimeException e) {
                // done again below
            }
        }
        Set<String> methods = new TreeSet<>();
        for (Path dir : dirs) {
            Set<String> found = prefetched.get(dir);
            methods.addAll(found != null ? found : TestMethodScanner.testMethodsIn(Set.of(dir), loader));
        }
        return methods;
    }
}
