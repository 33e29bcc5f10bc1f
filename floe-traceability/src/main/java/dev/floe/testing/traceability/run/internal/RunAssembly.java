package dev.floe.testing.traceability.run.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.FailureMessage;
import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.exclusion.ExclusionsException;
import dev.floe.testing.traceability.exclusion.internal.ExclusionsFile;
import dev.floe.testing.traceability.fragment.internal.FragmentStore;
import dev.floe.testing.traceability.fragment.internal.ResultFragment;
import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.report.ReportOptions;
import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.result.TestResult;

/**
 * Builds the matrix of a run from all its result fragments and writes the reports.
 *
 * <p>A full run writes into the output folder (and removes an older partial report); a partial run
 * writes into its {@value #PARTIAL_FOLDER} subfolder and leaves the last full run's reports alone. The
 * run is partial when a fragment says so (a method or unique id was selected) or when the static scan
 * finds test methods in the runs' test class folders that no fragment recorded.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class RunAssembly {

    /** The subfolder of the output folder that receives a partial run's reports. */
    public static final String PARTIAL_FOLDER = "partial";

    /** The subfolder of the output folder that holds result fragments. */
    public static final String FRAGMENTS_FOLDER = "fragments";

    private static final int EXAMPLES = 5;

    private final Path outputDir;
    private String runId;
    private Supplier<SpecSet> specs;
    private Path buildRoot = Path.of("");
    private Path exclusionsFile;
    private String exclusionsConfiguredBy;
    private String defaultFeature;
    private Function<Set<Path>, Set<String>> scan;
    private Clock clock = Clock.systemUTC();
    private String sourceUrl;
    private Consumer<TraceabilityMatrix> matrixBuilt = matrix -> { };

    private RunAssembly(Path outputDir) {
        this.outputDir = Preconditions.notNull(outputDir, "outputDir").toAbsolutePath().normalize();
    }

    /** An assembly writing into {@code outputDir}, reading fragments from its {@value #FRAGMENTS_FOLDER} folder. */
    public static RunAssembly in(Path outputDir) {
        return new RunAssembly(outputDir);
    }

    /** The run whose fragments count; fragments of other runs are deleted. */
    public RunAssembly withRunId(String id) {
        this.runId = Preconditions.notBlank(id, "runId");
        return this;
    }

    /** Where the specs come from; called once per assembly. */
    public RunAssembly withSpecs(Supplier<SpecSet> source) {
        this.specs = Preconditions.notNull(source, "specs");
        return this;
    }

    /** The build root the specs' paths are relative to (default: the working directory); reports link to it. */
    public RunAssembly withBuildRoot(Path root) {
        this.buildRoot = Preconditions.notNull(root, "buildRoot");
        return this;
    }

    /** The exclusions file; a missing file means no exclusions. */
    public RunAssembly withExclusionsFile(Path file) {
        return withExclusionsFile(file, null);
    }

    /**
     * The exclusions file and the setting that names it ({@code null} for the default place): a configured file
     * that is missing is reported as a problem naming the path and the setting, not taken as "no exclusions".
     */
    public RunAssembly withExclusionsFile(Path file, String configuredBy) {
        this.exclusionsFile = file;
        this.exclusionsConfiguredBy = configuredBy;
        return this;
    }

    /** The feature spec-local ids resolve against first. */
    public RunAssembly withDefaultFeature(String featureId) {
        this.defaultFeature = featureId;
        return this;
    }

    /**
     * The static scan: given test class folders, the test methods they hold as {@code class#method}
     * (binary class names); {@code null} switches the scan off.
     */
    public RunAssembly withScan(Function<Set<Path>, Set<String>> testMethodsIn) {
        this.scan = testMethodsIn;
        return this;
    }

    /** The clock that stamps the reports and expires exclusions. */
    public RunAssembly withClock(Clock value) {
        this.clock = Preconditions.notNull(value, "clock");
        return this;
    }

    /**
     * Where the reports' spec links point: a repository browse URL such as
     * {@code https://github.com/org/repo/blob/main} (see {@link ReportOptions#sourceUrl()}); {@code null} links the
     * local files.
     */
    public RunAssembly withSourceUrl(String url) {
        this.sourceUrl = url;
        return this;
    }

    /**
     * Called with the matrix once it is built, before its reports are written: e.g. to print its summary while
     * the reports are still being written.
     */
    public RunAssembly onMatrixBuilt(Consumer<TraceabilityMatrix> listener) {
        this.matrixBuilt = Preconditions.notNull(listener, "listener");
        return this;
    }

    /** The fragment store of this assembly's output folder. */
    public FragmentStore store() {
        return new FragmentStore(outputDir.resolve(FRAGMENTS_FOLDER));
    }

    /** Reads the run's fragments, builds the matrix and writes the reports, holding the store's lock. */
    public Result assemble() {
        Preconditions.notNull(runId, "runId");
        Preconditions.notNull(specs, "specs");
        FragmentStore store = store();
        return store.locked(() -> assembleLocked(store));
    }

    private Result assembleLocked(FragmentStore store) {
        FragmentStore.Read read = store.readRun(runId);
        MatrixBuilder builder = MatrixBuilder.forSpecs(specs.get()).withDefaultFeature(defaultFeature);
        read.problems().forEach(builder::withProblem);
        List<TestResult> results = new ArrayList<>();
        Set<Path> classDirs = new HashSet<>();
        for (ResultFragment fragment : read.fragments()) {
            results.addAll(fragment.results());
            fragment.partialReasons().forEach(builder::withPartialRun);
            fragment.testClassDirs().forEach(dir -> classDirs.add(Path.of(dir)));
        }
        builder.withResults(results);
        if (exclusionsFile != null) {
            try {
                List<Exclusion> exclusions = exclusionsConfiguredBy == null ? ExclusionsFile.read(exclusionsFile)
                        : ExclusionsFile.readConfigured(exclusionsFile, exclusionsConfiguredBy);
                builder.withExclusions(exclusions);
            }
            catch (ExclusionsException e) {
                builder.withProblem(FailureMessage.joined(e.getMessage())); // a problem is one line of the reports
            }
        }
        if (scan != null && !classDirs.isEmpty()) {
            missingTests(results, classDirs).ifPresent(builder::withPartialRun);
        }
        TraceabilityMatrix matrix = builder.build(clock.instant());
        matrixBuilt.accept(matrix);
        Path reportDir = reportDir(matrix);
        // the history and the previous full run live in the output folder; a partial run reads them, never writes them
        List<Path> files = TraceabilityReports.writeAll(matrix, reportDir, buildRoot, java.util.Map.of(),
                ReportOptions.defaults().withSourceUrl(sourceUrl).withHistoryFolder(outputDir));
        if (!matrix.partialRun()) {
            deleteStalePartialReports();
        }
        return new Result(matrix, reportDir, files);
    }

    /** The folder the reports of {@code matrix} go to: the output folder, or its partial folder for a partial run. */
    public Path reportDir(TraceabilityMatrix matrix) {
        return matrix.partialRun() ? outputDir.resolve(PARTIAL_FOLDER) : outputDir;
    }

    private Optional<String> missingTests(List<TestResult> results, Set<Path> classDirs) {
        Set<String> ran = new HashSet<>();
        for (TestResult result : results) {
            ran.add(result.className() + "#" + result.methodName());
        }
        TreeSet<String> missing = new TreeSet<>(scan.apply(classDirs));
        missing.removeAll(ran);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        List<String> examples = missing.stream().limit(EXAMPLES).toList();
        return Optional.of(missing.size() + " test method(s) of the test classes did not run (filtered,"
                + " or one class or method selected), e.g. " + String.join(", ", examples));
    }

    private void deleteStalePartialReports() {
        TraceabilityReports.deleteAll(outputDir.resolve(PARTIAL_FOLDER), TraceabilityReports.FILE_NAMES);
    }

    /**
     * What an assembly wrote.
     *
     * @param matrix    the matrix of the run
     * @param reportDir the folder the reports went to (the output folder, or its {@code partial} subfolder)
     * @param files     the report files written
     * @since 0.1.0
     */
    public record Result(TraceabilityMatrix matrix, Path reportDir, List<Path> files) {

        public Result {
            files = List.copyOf(files);
        }
    }
}
