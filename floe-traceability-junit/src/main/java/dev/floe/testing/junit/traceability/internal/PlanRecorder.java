package dev.floe.testing.junit.traceability.internal;

import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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

import dev.floe.testing.traceability.fragment.internal.ResultFragment;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

/**
 * Turns one test plan's events into plain {@link TestResult}s. Thread-safe: with parallel execution,
 * events of different tests arrive on different threads; each test is keyed by its unique id, so it is
 * recorded exactly once.
 *
 * <p>While tests run, an event costs one small {@link Recorded} per test and nothing else: the start time
 * waits on the running thread's stack, and everything a result needs beyond the outcome (test id, source
 * file, {@code @Covers} ids, message) is worked out by {@link #finish()}, which the runtime calls off the
 * test thread.
 */
final class PlanRecorder {

    private final TestPlan plan;
    private final TraceabilitySettings settings;
    private final TestIds ids;
    private final List<String> partialReasons;
    /** Every test event of the plan in arrival order; guarded by itself. */
    private final List<Recorded> recorded = new ArrayList<>();
    /** Tests started on a thread and not finished yet, innermost last: start and finish share a thread. */
    private final ThreadLocal<ArrayDeque<Recorded>> running = ThreadLocal.withInitial(ArrayDeque::new);
    private final Map<String, String> skippedContainers = new ConcurrentHashMap<>();
    private final Map<String, String> failedContainers = new ConcurrentHashMap<>();
    private final Map<String, Throwable> containerErrors = new ConcurrentHashMap<>();
    /** Containers that failed (not aborted): the run fails there, even when their tests passed. */
    private final Set<String> brokenContainers = ConcurrentHashMap.newKeySet();
    private final ContainerTimes containerTimes = new ContainerTimes();
    private final Set<String> classDirs = new HashSet<>();
    private final Map<Class<?>, Optional<String>> classDirByClass = new HashMap<>();

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
            Recorded r = new Recorded(identifier, System.nanoTime());
            running.get().addLast(r);
            add(r);
        }
        else {
            containerTimes.containerStarted(identifier.getUniqueId(), System.nanoTime());
        }
    }

    void skipped(TestIdentifier identifier, String reason) {
        if (identifier.isTest()) {
            Recorded r = new Recorded(identifier, 0);
            r.end(TestOutcome.SKIPPED, 0, reason == null ? "skipped" : reason);
            add(r);
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
                if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                    brokenContainers.add(identifier.getUniqueId());
                }
            }
            return;
        }
        long now = System.nanoTime();
        Recorded r = runningOnThisThread(identifier);
        if (r == null) {
            r = new Recorded(identifier, now); // finished without a start seen: no duration
            add(r);
        }
        long nanos = now - r.startNanos;
        TestOutcome outcome;
        String message = null;
        Throwable thrown = null;
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            outcome = TestOutcome.PASSED;
        }
        else {
            thrown = result.getThrowable().orElse(null);
            outcome = result.getStatus() == TestExecutionResult.Status.ABORTED ? TestOutcome.ABORTED
                    : thrown instanceof AssertionError ? TestOutcome.FAILED : TestOutcome.ERRORED;
            message = thrown == null ? null : message(thrown, outcome == TestOutcome.ERRORED);
        }
        r.end(outcome, nanos, message, outcome.isFailure() ? thrown : null);
    }

    private void add(Recorded r) {
        synchronized (recorded) {
            recorded.add(r);
        }
    }

    /** The running record of {@code identifier}: on this thread's stack, else (another thread started it) any. */
    private Recorded runningOnThisThread(TestIdentifier identifier) {
        ArrayDeque<Recorded> stack = running.get();
        Recorded top = stack.peekLast();
        if (top != null && top.identifier.equals(identifier)) {
            return stack.pollLast();
        }
        for (Iterator<Recorded> it = stack.descendingIterator(); it.hasNext();) {
            Recorded r = it.next();
            if (r.identifier.equals(identifier)) {
                it.remove();
                return r;
            }
        }
        synchronized (recorded) {
            for (int i = recorded.size() - 1; i >= 0; i--) {
                Recorded r = recorded.get(i);
                if (r.outcome == null && r.identifier.equals(identifier)) {
                    return r;
                }
            }
        }
        return null;
    }

    /** One test's event: created when it starts (or is skipped), ended when it finishes. */
    private static final class Recorded {

        final TestIdentifier identifier;
        final long startNanos;
        long durationNanos;
        String message;
        /** The failure of a failed or errored test, turned into its report text by {@link #finish()}. */
        Throwable failure;
        /** {@code null} while the test runs; written last, so a reader that sees it sees the rest. */
        volatile TestOutcome outcome;

        Recorded(TestIdentifier identifier, long startNanos) {
            this.identifier = identifier;
            this.startNanos = startNanos;
        }

        void end(TestOutcome value, long nanos, String text) {
            end(value, nanos, text, null);
        }

        void end(TestOutcome value, long nanos, String text, Throwable thrown) {
            durationNanos = nanos;
            message = text;
            failure = thrown;
            outcome = value;
        }
    }

    /**
     * The plan's fragment: every test of the plan, those without an event as skipped or not run. Called once,
     * after the plan finished; the expensive part of recording happens here.
     */
    ResultFragment finish() {
        Map<String, TestResult> results = new HashMap<>();
        Map<String, String> stackTraces = new HashMap<>();
        Map<String, TestIdentifier> identifiers = new HashMap<>();
        List<Recorded> events;
        synchronized (recorded) {
            events = new ArrayList<>(recorded);
        }
        for (Recorded r : events) {
            TestOutcome outcome = r.outcome;
            identifiers.putIfAbsent(r.identifier.getUniqueId(), r.identifier);
            if (outcome != null) {
                containerTimes.childFinished(r.identifier.getParentId().orElse(null), r.durationNanos);
                String broken = outcome == TestOutcome.PASSED ? brokenAncestor(r.identifier) : null;
                if (broken != null) {
                    recordFailedAfter(results, stackTraces, r, broken);
                    continue;
                }
                record(results, r.identifier, outcome, r.durationNanos / 1_000_000, r.message);
                if (r.failure != null) {
                    stackTraces.putIfAbsent(r.identifier.getUniqueId(), FailureText.of(r.failure));
                }
            }
        }
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier identifier : plan.getDescendants(root)) {
                if (identifier.isTest()) {
                    identifiers.putIfAbsent(identifier.getUniqueId(), identifier);
                    if (!results.containsKey(identifier.getUniqueId())) {
                        recordUnfinished(results, stackTraces, identifier);
                    }
                }
            }
        }
        for (Recorded r : events) { // started, never finished, and not in the plan (a dynamic test cut short)
            if (r.outcome == null && !results.containsKey(r.identifier.getUniqueId())) {
                recordUnfinished(results, stackTraces, r.identifier);
            }
        }
        List<TestResult> list = new ArrayList<>(results.size());
        results.forEach((uniqueId, result) -> list.add(withDetails(identifiers.get(uniqueId), result,
                stackTraces.get(uniqueId))));
        list.sort((a, b) -> a.testId().compareTo(b.testId()));
        return new ResultFragment(ResultFragment.FORMAT, settings.runId(), settings.module(), partialReasons,
                List.copyOf(new TreeSet<>(classDirs)), list);
    }

    /** The nearest enclosing container that failed, or {@code null}; free while no container failed. */
    private String brokenAncestor(TestIdentifier identifier) {
        if (brokenContainers.isEmpty()) {
            return null;
        }
        for (Optional<TestIdentifier> p = plan.getParent(identifier); p.isPresent(); p = plan.getParent(p.get())) {
            if (brokenContainers.contains(p.get().getUniqueId())) {
                return p.get().getUniqueId();
            }
        }
        return null;
    }

    /**
     * A test that passed inside a container that failed afterwards ({@code @AfterAll}, an extension's
     * {@code afterAll}): JUnit fails the run in that container, so the test shows red with the container's error,
     * as the tests of a class that failed in {@code @BeforeAll} do, and keeps its own duration.
     */
    private void recordFailedAfter(Map<String, TestResult> results, Map<String, String> stackTraces, Recorded r,
            String containerId) {
        Throwable error = containerErrors.get(containerId);
        stackTraces.putIfAbsent(r.identifier.getUniqueId(), FailureText.of(error));
        record(results, r.identifier, error instanceof AssertionError ? TestOutcome.FAILED : TestOutcome.ERRORED,
                r.durationNanos / 1_000_000, "passed, but " + failedContainers.get(containerId));
    }

    private void recordUnfinished(Map<String, TestResult> results, Map<String, String> stackTraces,
            TestIdentifier identifier) {
        for (Optional<TestIdentifier> p = plan.getParent(identifier); p.isPresent(); p = plan.getParent(p.get())) {
            String id = p.get().getUniqueId();
            if (skippedContainers.containsKey(id)) {
                record(results, identifier, TestOutcome.SKIPPED, 0, "skipped with " + p.get().getDisplayName() + ": "
                        + skippedContainers.get(id));
                return;
            }
            if (failedContainers.containsKey(id)) {
                // the container's failure is its tests' failure: they show red, with the container's error
                Throwable error = containerErrors.get(id);
                stackTraces.put(identifier.getUniqueId(), FailureText.of(error));
                record(results, identifier, error instanceof AssertionError ? TestOutcome.FAILED : TestOutcome.ERRORED, 0,
                        failedContainers.get(id));
                return;
            }
        }
        record(results, identifier, TestOutcome.NOT_RUN, 0, "not run: the test plan ended before it ran");
    }

    private void record(Map<String, TestResult> results, TestIdentifier identifier, TestOutcome outcome, long millis,
            String message) {
        Located located = locate(identifier);
        String className = located.className();
        String javaPackage = className == null || className.lastIndexOf('.') < 0 ? ""
                : className.substring(0, className.lastIndexOf('.'));
        TestResult result = TestResult.builder()
                .withTestId(ids.testId(identifier.getUniqueIdObject(), className))
                .withSourceFile(ids.sourceFile(className))
                .withClassName(className)
                .withMethodName(located.methodName())
                .withDisplayName(identifier.getDisplayName())
                .withModule(settings.module())
                .withJavaPackage(javaPackage)
                .withCoveredIds(CoversAnnotations.idsFor(located.type(), located.method()))
                .withOutcome(outcome)
                .withDurationMs(millis)
                .withMessage(TestResult.firstLine(message))
                .build();
        results.putIfAbsent(identifier.getUniqueId(), result);
    }

    /** The result with its failure text and the set-up time of its nearest enclosing class. */
    private TestResult withDetails(TestIdentifier identifier, TestResult result, String trace) {
        long setup = 0;
        for (Optional<TestIdentifier> p = identifier == null ? Optional.empty() : plan.getParent(identifier); p.isPresent();
                p = plan.getParent(p.get())) {
            if (p.get().getSource().orElse(null) instanceof ClassSource) {
                setup = containerTimes.ownMillis(p.get().getUniqueId());
                break;
            }
        }
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
        if (type != null && !classDirByClass.containsKey(type)) {
            Optional<String> dir = classDir(type);
            classDirByClass.put(type, dir);
            dir.ifPresent(classDirs::add);
        }
    }

    /**
     * The classes of the plan's top-level containers (for Jupiter: the test classes), read at once: cheap, on the
     * test thread before any test runs. Their folders are worked out later, off the test thread, by
     * {@link #classDirsOf(List)}.
     */
    static List<ClassSource> topLevelClassSources(TestPlan plan) {
        List<ClassSource> sources = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier child : plan.getChildren(root)) {
                if (child.getSource().orElse(null) instanceof ClassSource c) {
                    sources.add(c);
                }
            }
        }
        return sources;
    }

    /** The class folders of {@code sources} (jars are left out). */
    static Set<Path> classDirsOf(List<ClassSource> sources) {
        Set<Path> dirs = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (ClassSource c : sources) {
            if (seen.add(c.getClassName())) {
                Class<?> type = quietly(c::getJavaClass);
                if (type != null) {
                    classDir(type).ifPresent(dir -> dirs.add(Path.of(dir)));
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
