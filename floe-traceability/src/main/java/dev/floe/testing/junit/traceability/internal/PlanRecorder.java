package dev.floe.testing.junit.traceability.internal;

import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import dev.floe.testing.traceability.fragment.ResultFragment;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

/**
 * Turns one test plan's events into plain {@link TestResult}s. Thread-safe: with parallel execution,
 * events of different tests arrive on different threads; each test is keyed by its unique id, so it is
 * recorded exactly once.
 */
final class PlanRecorder {

    private final TestPlan plan;
    private final TraceabilitySettings settings;
    private final TestIds ids;
    private final List<String> partialReasons;
    private final Map<String, Long> starts = new ConcurrentHashMap<>();
    private final Map<String, TestResult> results = new ConcurrentHashMap<>();
    private final Map<String, String> skippedContainers = new ConcurrentHashMap<>();
    private final Map<String, String> failedContainers = new ConcurrentHashMap<>();
    private final Map<String, Throwable> containerErrors = new ConcurrentHashMap<>();
    private final Map<String, String> stackTraces = new ConcurrentHashMap<>();
    private final ContainerTimes containerTimes = new ContainerTimes();
    private final Set<String> classDirs = ConcurrentHashMap.newKeySet();
    private final Map<Class<?>, Optional<String>> classDirByClass = new ConcurrentHashMap<>();

    PlanRecorder(TestPlan plan, TraceabilitySettings settings, List<String> partialReasons) {
        this.plan = plan;
        this.settings = settings;
        this.ids = new TestIds(settings.buildRoot(), settings.workingDir());
        this.partialReasons = List.copyOf(partialReasons);
    }

    TraceabilitySettings settings() {
        return settings;
    }

    void started(TestIdentifier identifier) {
        if (identifier.isTest()) {
            starts.put(identifier.getUniqueId(), System.nanoTime());
        }
        else {
            containerTimes.containerStarted(identifier.getUniqueId(), System.nanoTime());
        }
    }

    void skipped(TestIdentifier identifier, String reason) {
        if (identifier.isTest()) {
            record(identifier, TestOutcome.SKIPPED, 0, reason == null ? "skipped" : reason);
        }
        else {
            skippedContainers.put(identifier.getUniqueId(), reason == null ? "skipped" : reason);
        }
    }

    void finished(TestIdentifier identifier, TestExecutionResult result) {
        if (!identifier.isTest()) {
            containerTimes.containerFinished(identifier.getUniqueId(), identifier.getParentId().orElse(null),
                    System.nanoTime());
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failedContainers.put(identifier.getUniqueId(), identifier.getDisplayName() + " "
                        + result.getStatus().name().toLowerCase() + ": "
                        + result.getThrowable().map(t -> message(t, true)).orElse("no reason given"));
                result.getThrowable().ifPresent(t -> containerErrors.put(identifier.getUniqueId(), t));
            }
            return;
        }
        Long start = starts.remove(identifier.getUniqueId());
        long nanos = start == null ? 0 : System.nanoTime() - start;
        containerTimes.childFinished(identifier.getParentId().orElse(null), nanos);
        Throwable thrown = result.getThrowable().orElse(null);
        TestOutcome outcome = switch (result.getStatus()) {
            case SUCCESSFUL -> TestOutcome.PASSED;
            case ABORTED -> TestOutcome.ABORTED;
            case FAILED -> thrown instanceof AssertionError ? TestOutcome.FAILED : TestOutcome.ERRORED;
        };
        if (outcome.isFailure()) {
            stackTraces.put(identifier.getUniqueId(), FailureText.of(thrown));
        }
        record(identifier, outcome, nanos / 1_000_000,
                thrown == null ? null : message(thrown, outcome == TestOutcome.ERRORED));
    }

    /** The plan's fragment: every test of the plan; those without an event fail with their failed container, or count as skipped or not run. */
    ResultFragment finish() {
        List<TestResult> list = new ArrayList<>(results.size());
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier identifier : plan.getDescendants(root)) {
                if (identifier.isTest()) {
                    if (!results.containsKey(identifier.getUniqueId())) {
                        recordUnfinished(identifier);
                    }
                    list.add(withDetails(identifier, results.remove(identifier.getUniqueId())));
                }
            }
        }
        list.addAll(results.values());
        list.sort((a, b) -> a.testId().compareTo(b.testId()));
        return new ResultFragment(ResultFragment.FORMAT, settings.runId(), settings.module(), partialReasons,
                List.copyOf(new TreeSet<>(classDirs)), list);
    }

    private void recordUnfinished(TestIdentifier identifier) {
        for (Optional<TestIdentifier> p = plan.getParent(identifier); p.isPresent(); p = plan.getParent(p.get())) {
            String id = p.get().getUniqueId();
            if (skippedContainers.containsKey(id)) {
                record(identifier, TestOutcome.SKIPPED, 0, "skipped with " + p.get().getDisplayName() + ": "
                        + skippedContainers.get(id));
                return;
            }
            if (failedContainers.containsKey(id)) {
                // the container's failure is its tests' failure: they show red, with the container's error
                Throwable error = containerErrors.get(id);
                stackTraces.put(identifier.getUniqueId(), FailureText.of(error));
                record(identifier, error instanceof AssertionError ? TestOutcome.FAILED : TestOutcome.ERRORED, 0,
                        failedContainers.get(id));
                return;
            }
        }
        record(identifier, TestOutcome.NOT_RUN, 0, "not run: the test plan ended before it ran");
    }

    private void record(TestIdentifier identifier, TestOutcome outcome, long millis, String message) {
        Located located = locate(identifier);
        String className = located.className();
        String javaPackage = className == null || className.lastIndexOf('.') < 0 ? ""
                : className.substring(0, className.lastIndexOf('.'));
        TestResult result = new TestResult(
                ids.testId(identifier.getUniqueIdObject(), className),
                ids.sourceFile(className), className, located.methodName(), identifier.getDisplayName(),
                settings.module(), javaPackage, CoversAnnotations.idsFor(located.type(), located.method()), outcome,
                millis, TestResult.firstLine(message));
        results.putIfAbsent(identifier.getUniqueId(), result);
    }

    /** The result with its failure text and the set-up time of its nearest enclosing class. */
    private TestResult withDetails(TestIdentifier identifier, TestResult result) {
        long setup = 0;
        for (Optional<TestIdentifier> p = plan.getParent(identifier); p.isPresent(); p = plan.getParent(p.get())) {
            if (p.get().getSource().orElse(null) instanceof ClassSource) {
                setup = containerTimes.ownMillis(p.get().getUniqueId());
                break;
            }
        }
        String trace = stackTraces.get(identifier.getUniqueId());
        return trace == null && setup == 0 ? result : result.withDetails(trace, setup);
    }

    private record Located(String className, String methodName, Class<?> type, Method method) {
    }

    /** The class and method of a test, taken from itself or its nearest ancestor with a source (dynamic tests). */
    private Located locate(TestIdentifier identifier) {
        for (Optional<TestIdentifier> current = Optional.of(identifier); current.isPresent();
                current = plan.getParent(current.get())) {
            TestSource source = current.get().getSource().orElse(null);
            if (source instanceof MethodSource m) {
                Class<?> type = quietly(m::getJavaClass);
                Method method = quietly(m::getJavaMethod);
                noteClassDir(type);
                return new Located(m.getClassName(), m.getMethodName(), type, method);
            }
            if (source instanceof ClassSource c) {
                Class<?> type = quietly(c::getJavaClass);
                noteClassDir(type);
                return new Located(c.getClassName(), null, type, null);
            }
        }
        return new Located(null, null, null, null);
    }

    private void noteClassDir(Class<?> type) {
        if (type != null) {
            Optional<String> dir = classDirByClass.get(type);
            if (dir == null) {
                classDirByClass.computeIfAbsent(type, PlanRecorder::classDir).ifPresent(classDirs::add);
            }
        }
    }

    /** The class folders of the plan's test classes (jars are left out), known before any test runs. */
    static Set<Path> classDirsOf(TestPlan plan) {
        Set<Path> dirs = new TreeSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier identifier : plan.getDescendants(root)) {
                if (identifier.getSource().orElse(null) instanceof ClassSource c && seen.add(c.getClassName())) {
                    Class<?> type = quietly(c::getJavaClass);
                    if (type != null) {
                        classDir(type).ifPresent(dir -> dirs.add(Path.of(dir)));
                    }
                }
            }
        }
        return dirs;
    }

    private static Optional<String> classDir(Class<?> type) {
        try {
            CodeSource code = type.getProtectionDomain().getCodeSource();
            if (code == null || code.getLocation() == null || !"file".equals(code.getLocation().getProtocol())) {
                return Optional.empty();
            }
            Path path = Path.of(code.getLocation().toURI());
            return Files.isDirectory(path) ? Optional.of(path.toAbsolutePath().normalize().toString()) : Optional.empty();
        }
        catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static <T> T quietly(java.util.function.Supplier<T> supplier) {
        try {
            return supplier.get();
        }
        catch (RuntimeException | LinkageError e) {
            return null; // the class cannot be loaded here: record the test without its @Covers ids
        }
    }

    /** The first line of the message; for errors (not assertion failures, not aborts) with the exception's type. */
    private static String message(Throwable thrown, boolean withType) {
        String first = TestResult.firstLine(thrown.getMessage());
        if (!withType) {
            return first == null ? thrown.getClass().getSimpleName() : first;
        }
        return thrown.getClass().getSimpleName() + (first == null ? "" : ": " + first);
    }
}
