package dev.floe.testing.junit.traceability.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import dev.floe.testing.common.internal.ConfigKeyRegistry;
import dev.floe.testing.common.internal.ConfigurationCheck;
import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.traceability.fragment.FragmentStore;
import dev.floe.testing.traceability.fragment.ResultFragment;
import dev.floe.testing.traceability.run.RunAssembly;

/**
 * What the listeners of one JVM share: selections seen at discovery, open launcher sessions, and the
 * output folders whose matrix must be rebuilt. Each finished test plan writes its fragment at once; the
 * matrix is built when the last launcher session closes (or at once when no session is open), so a JVM
 * that runs many plans builds it once.
 */
public final class TraceabilityRuntime {

    private static final System.Logger LOG = System.getLogger("dev.floe.testing.traceability");
    private static final TraceabilityRuntime JVM = new TraceabilityRuntime(SpecSources.parser(),
            Path.of("").toAbsolutePath(), Clock.systemUTC());

    static {
        // A tool that exits without closing its launcher session must not lose the run's matrix.
        Runtime.getRuntime().addShutdownHook(new Thread(JVM::assemblePending, "floe-traceability-shutdown"));
    }

    private final SpecSource specSource;
    private final Path workingDir;
    private final Clock clock;
    private final AtomicInteger openSessions = new AtomicInteger();
    private final AtomicBoolean configurationChecked = new AtomicBoolean();
    private final AtomicReference<List<String>> selection = new AtomicReference<>(List.of());
    private final Map<Path, TraceabilitySettings> pending = new ConcurrentHashMap<>();
    private final Map<Path, Prefetch> prefetches = new ConcurrentHashMap<>();
    private volatile RunAssembly.Result lastResult;

    /** A runtime with its own collaborators (tests and tools); the listeners' no-arg constructors use {@link #jvm()}. */
    public TraceabilityRuntime(SpecSource specSource, Path workingDir, Clock clock) {
        this.specSource = specSource;
        this.workingDir = workingDir;
        this.clock = clock;
    }

    /** The runtime shared by the listeners that {@code META-INF/services} registers in this JVM. */
    public static TraceabilityRuntime jvm() {
        return JVM;
    }

    /** The settings for a plan with these JUnit configuration parameters; empty (logged) when they are invalid. */
    Optional<TraceabilitySettings> settings(Function<String, Optional<String>> junitParameters) {
        try {
            return Optional.of(TraceabilitySettings.from(FloeConfiguration.fromSystem(junitParameters), workingDir,
                    specSource));
        }
        catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Traceability is off for this test plan: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Starts reading the specs and scanning {@code classDirs} in the background, for the matrix at the end. */
    void prefetch(TraceabilitySettings settings, Set<Path> classDirs) {
        Prefetch prefetch = prefetches.computeIfAbsent(settings.outputDir(),
                dir -> new Prefetch(settings.specs(), Thread.currentThread().getContextClassLoader()));
        if (settings.partialDetection() == PartialDetection.AUTO) {
            prefetch.scan(classDirs);
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
            assemblePending();
        }
    }

    private void assemblePending() {
        for (Path output : List.copyOf(pending.keySet())) {
            TraceabilitySettings settings = pending.remove(output);
            if (settings != null) {
                assemble(settings);
            }
        }
    }

    void planFinished(TraceabilitySettings settings, ResultFragment fragment) {
        new FragmentStore(settings.outputDir().resolve(RunAssembly.FRAGMENTS_FOLDER)).write(fragment);
        if (openSessions.get() > 0) {
            pending.put(settings.outputDir(), settings);
        }
        else {
            assemble(settings);
        }
    }

    /** What the last assembly of this runtime wrote, or {@code null}. */
    public RunAssembly.Result lastResult() {
        return lastResult;
    }

    private void assemble(TraceabilitySettings settings) {
        Prefetch prefetch = prefetches.remove(settings.outputDir());
        try {
            RunAssembly.Result result = RunAssembly.in(settings.outputDir())
                    .withRunId(settings.runId())
                    .withBuildRoot(settings.buildRoot())
                    .withSpecs(prefetch == null ? settings.specs() : prefetch::specs)
                    .withExclusionsFile(settings.exclusionsFile(), settings.exclusionsConfiguredBy())
                    .withDefaultFeature(settings.defaultFeature())
                    .withScan(settings.partialDetection() != PartialDetection.AUTO ? null
                            : prefetch == null ? TestMethodScanner::testMethodsIn : prefetch::testMethodsIn)
                    .withClock(clock)
                    .withSourceUrl(settings.sourceUrl())
                    .assemble();
            lastResult = result;
            Path index = result.reportDir().resolve("index.html");
            if (result.matrix().error() != null) {
                LOG.log(System.Logger.Level.ERROR, "TRACEABILITY ERROR: " + result.matrix().error()
                        + "\n  reports (marked as errors): " + index);
            }
            else {
                String orphans = result.matrix().orphanNames(5);
                LOG.log(System.Logger.Level.INFO, "Traceability: " + result.matrix().summaryLine()
                        + (orphans.isEmpty() ? "" : "\n  " + orphans) + "\n  report: "
                        + index + (result.matrix().partialRun() ? "\n  partial run: the last full run's reports in "
                                + settings.outputDir() + " are kept" : ""));
            }
        }
        catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Traceability reports could not be written to "
                    + settings.outputDir() + ": " + e.getMessage(), e);
        }
    }
}
