package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.apiguardian.api.API;
import org.junit.platform.engine.support.descriptor.ClassSource;

import dev.floe.testing.common.internal.ConfigKeyRegistry;
import dev.floe.testing.common.internal.ConfigurationCheck;
import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.junit.traceability.TraceabilityKeys;
import dev.floe.testing.traceability.fragment.internal.FragmentStore;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.run.internal.RunAssembly;

/**
 * What the listeners of one JVM share: selections seen at discovery, open launcher sessions, and the
 * output folders whose matrix must be rebuilt. Each finished test plan writes its fragment; the matrix is
 * built when the last launcher session closes (or at once when no session is open), so a JVM that runs many
 * plans builds it once.
 *
 * <p>The runtime of this JVM does that work on one background thread, in the order the plans and sessions
 * ended. The test thread waits only until the matrix is built and its summary logged (so the summary reaches
 * the build's console), then goes on (under Surefire: to the fork's exit) while the four reports are written;
 * a shutdown hook waits for that thread before the JVM ends, so nothing is lost. Where the JVM goes on after the tests, namely Maven itself running them in-process
 * ({@code forkCount=0}, where the next goal may read the reports at once), and in a runtime made with the
 * public constructor (tests, tools), the work is done on the calling thread.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TraceabilityRuntime {

    private static final System.Logger LOG = System.getLogger("dev.floe.testing.traceability");
    /** How long the shutdown hook waits for the reports of a run still being written. */
    private static final long SHUTDOWN_WAIT_MINUTES = 10;
    private static final TraceabilityRuntime JVM = new TraceabilityRuntime(SpecSources.parser(),
            Path.of("").toAbsolutePath(), Clock.systemUTC(), !insideMaven());

    static {
        // Reports still being written, and a tool that exits without closing its launcher session, must not
        // lose the run's matrix.
        Runtime.getRuntime().addShutdownHook(new Thread(JVM::finishAtShutdown, "floe-traceability-shutdown"));
    }

    private final SpecSource specSource;
    private final Path workingDir;
    private final Clock clock;
    private final boolean background;
    private final AtomicInteger openSessions = new AtomicInteger();
    private final AtomicBoolean configurationChecked = new AtomicBoolean();
    private final AtomicReference<List<String>> selection = new AtomicReference<>(List.of());
    private final Map<Path, TraceabilitySettings> pending = new ConcurrentHashMap<>();
    private final Map<Path, Prefetch> prefetches = new ConcurrentHashMap<>();
    private volatile ExecutorService writer;
    private volatile RunAssembly.Result lastResult;

    /** A runtime with its own collaborators (tests and tools); the listeners' no-arg constructors use {@link #jvm()}. */
    public TraceabilityRuntime(SpecSource specSource, Path workingDir, Clock clock) {
        this(specSource, workingDir, clock, false);
    }

    private TraceabilityRuntime(SpecSource specSource, Path workingDir, Clock clock, boolean background) {
        this.specSource = specSource;
        this.workingDir = workingDir;
        this.clock = clock;
        this.background = background;
    }

    /** Whether this JVM is Maven itself (tests run in-process), which goes on with other goals after the tests. */
    private static boolean insideMaven() {
        return System.getProperty("sun.java.command", "").startsWith("org.codehaus.plexus.classworlds.launcher");
    }

    /** The runtime shared by the listeners that {@code META-INF/services} registers in this JVM. */
    public static TraceabilityRuntime jvm() {
        return JVM;
    }

    /**
     * The settings for a plan with these JUnit configuration parameters; empty when traceability is switched off
     * (then nothing else is read) and when they are invalid (logged).
     */
    Optional<TraceabilitySettings> settings(Function<String, Optional<String>> junitParameters) {
        try {
            FloeConfiguration configuration = FloeConfiguration.fromSystem(junitParameters);
            if (!configuration.getBoolean(TraceabilityKeys.ENABLED, true)) {
                return Optional.empty();
            }
            return Optional.of(TraceabilitySettings.from(configuration, workingDir, specSource));
        }
        catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Traceability is off for this test plan: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Starts reading the specs and scanning the folders of {@code testClasses} in the background, for the matrix
     * at the end.
     */
    void prefetch(TraceabilitySettings settings, List<ClassSource> testClasses) {
        Prefetch prefetch = prefetches.computeIfAbsent(settings.outputDir(),
                dir -> new Prefetch(settings.specs(), Thread.currentThread().getContextClassLoader()));
        if (settings.partialDetection() == PartialDetection.AUTO) {
            prefetch.scan(testClasses);
        }
    }

    void selectionSeen(List<String> partialReasons) {
        selection.set(List.copyOf(partialReasons));
    }

    List<String> takeSelection() {
        return selection.getAndSet(List.of());
    }

    /**
     * Once per runtime (the JVM's, for the registered listeners): warns about {@code floe.*} keys that
     * floe-testing does not read, naming the closest known key. A listener cannot fail a run, so under
     * {@code floe.config.strict=true} the error is logged; the extensions fail the tests with it.
     */
    void checkConfigurationOnce() {
        if (!configurationChecked.compareAndSet(false, true)) {
            return;
        }
        try {
            ConfigurationCheck.Result result = ConfigurationCheck.unknownKeys(FloeConfiguration.fromSystemAndPropertiesFile(),
                    ConfigKeyRegistry.load());
            result.logWarnings();
            result.failure().ifPresent(e -> LOG.log(System.Logger.Level.ERROR, e.getMessage()));
        }
        catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "floe's configuration check failed: " + e.getMessage(), e);
        }
    }

    void sessionOpened() {
        openSessions.incrementAndGet();
    }

    void sessionClosed() {
        if (openSessions.decrementAndGet() <= 0) {
            openSessions.set(0);
            CompletableFuture<Void> summarised = new CompletableFuture<>();
            submit(() -> assemblePending(summarised), summarised);
            awaitSummary(summarised);
        }
    }

    /** Builds the pending matrices; {@code summarised} completes once their summaries are logged. */
    private void assemblePending(CompletableFuture<Void> summarised) {
        try {
            for (Path output : List.copyOf(pending.keySet())) {
                TraceabilitySettings settings = pending.remove(output);
                if (settings != null) {
                    assemble(settings);
                }
            }
        }
        finally {
            summarised.complete(null);
        }
    }

    /**
     * A plan ended: its fragment is written and, when no launcher session is open, the matrix is built, in the
     * background for this JVM's runtime.
     */
    void planFinished(PlanRecorder recorder) {
        TraceabilitySettings settings = recorder.settings();
        boolean sessionOpen = openSessions.get() > 0;
        if (sessionOpen) {
            pending.put(settings.outputDir(), settings); // built when the session closes, after this fragment
        }
        CompletableFuture<Void> summarised = new CompletableFuture<>();
        submit(() -> {
            try {
                new FragmentStore(settings.outputDir().resolve(RunAssembly.FRAGMENTS_FOLDER)).write(recorder.finish());
                if (!sessionOpen) {
                    assemble(settings);
                }
            }
            finally {
                summarised.complete(null);
            }
        }, summarised);
        if (!sessionOpen) {
            awaitSummary(summarised);
        }
    }

    /**
     * Waits until the matrix summary is logged, so that it reaches the console before a test JVM says goodbye to
     * its build tool; the reports themselves go on being written while the JVM shuts down.
     */
    private static void awaitSummary(CompletableFuture<Void> summarised) {
        try {
            summarised.get(SHUTDOWN_WAIT_MINUTES, TimeUnit.MINUTES);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "Traceability: the matrix is still being built: " + e);
        }
    }

    /**
     * Runs {@code task} on the background thread (this JVM's runtime) or here; what it throws is logged, and
     * {@code done} is completed whatever happens.
     */
    private void submit(Runnable task, CompletableFuture<Void> done) {
        Runnable guarded = () -> {
            try {
                task.run();
            }
            catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.ERROR, "Traceability listener failed; the run itself is not affected: "
                        + e, e);
            }
            finally {
                done.complete(null);
            }
        };
        if (!background) {
            guarded.run();
            return;
        }
        try {
            writer().execute(guarded);
        }
        catch (RejectedExecutionException e) {
            guarded.run();
        }
    }

    private ExecutorService writer() {
        ExecutorService w = writer;
        if (w == null) {
            synchronized (this) {
                w = writer;
                if (w == null) {
                    w = Executors.newSingleThreadExecutor(task -> {
                        Thread thread = new Thread(task, "floe-traceability-writer");
                        thread.setDaemon(true); // never keeps a JVM alive: the shutdown hook waits for it
                        return thread;
                    });
                    writer = w;
                }
            }
        }
        return w;
    }

    /** The shutdown hook: builds what is still pending and waits until everything queued is written. */
    private void finishAtShutdown() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ExecutorService w = writer;
        if (w == null) {
            assemblePending(done);
            return;
        }
        try {
            w.execute(() -> assemblePending(done));
            done.get(SHUTDOWN_WAIT_MINUTES, TimeUnit.MINUTES);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "Traceability reports may be incomplete: " + e);
        }
    }

    /** What the last assembly of this runtime wrote, or {@code null}. */
    public RunAssembly.Result lastResult() {
        return lastResult;
    }

    private void assemble(TraceabilitySettings settings) {
        Prefetch prefetch = prefetches.remove(settings.outputDir());
        try {
            RunAssembly assembly = RunAssembly.in(settings.outputDir());
            lastResult = assembly
                    .withRunId(settings.runId())
                    .withBuildRoot(settings.buildRoot())
                    .withSpecs(prefetch == null ? settings.specs() : prefetch::specs)
                    .withExclusionsFile(settings.exclusionsFile(), settings.exclusionsConfiguredBy())
                    .withDefaultFeature(settings.defaultFeature())
                    .withScan(settings.partialDetection() != PartialDetection.AUTO ? null
                            : prefetch == null ? TestMethodScanner::testMethodsIn : prefetch::testMethodsIn)
                    .withClock(clock)
                    .withSourceUrl(settings.sourceUrl())
                    .onMatrixBuilt(matrix -> summarise(matrix, assembly.reportDir(matrix), settings.outputDir()))
                    .assemble();
        }
        catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Traceability reports could not be written to "
                    + settings.outputDir() + ": " + e.getMessage(), e);
        }
    }

    private static void summarise(TraceabilityMatrix matrix, Path reportDir, Path outputDir) {
        Path index = reportDir.resolve(TraceabilityReports.HTML);
        if (matrix.error() != null) {
            LOG.log(System.Logger.Level.ERROR, "TRACEABILITY ERROR: " + matrix.error()
                    + "\n  reports (marked as errors): " + index);
        }
        else {
            String orphans = matrix.orphanNames(5);
            LOG.log(System.Logger.Level.INFO, "Traceability: " + matrix.summaryLine()
                    + (orphans.isEmpty() ? "" : "\n  " + orphans) + "\n  report: " + index
                    + (matrix.partialRun() ? "\n  partial run: the last full run's reports in " + outputDir
                            + " are kept" : ""));
        }
    }
}
