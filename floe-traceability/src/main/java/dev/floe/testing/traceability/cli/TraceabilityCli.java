package dev.floe.testing.traceability.cli;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.ConfigurationException;
import dev.floe.testing.common.internal.FailureMessage;
import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.traceability.cli.internal.ShouldConfirmDefinedRequirements;
import dev.floe.testing.traceability.discovery.internal.CoversDiscovery;
import dev.floe.testing.traceability.discovery.internal.DiscoveredTest;
import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.exclusion.ExclusionsException;
import dev.floe.testing.traceability.exclusion.internal.ExclusionsFile;
import dev.floe.testing.traceability.gate.internal.Baseline;
import dev.floe.testing.traceability.gate.internal.BaselineDiff;
import dev.floe.testing.traceability.gate.internal.GateCheck;
import dev.floe.testing.traceability.gate.GatePolicy;
import dev.floe.testing.traceability.gate.GateResult;
import dev.floe.testing.traceability.github.internal.GitHubActions;
import dev.floe.testing.traceability.github.internal.PullRequestDelta;
import dev.floe.testing.traceability.lock.internal.LinkLock;
import dev.floe.testing.traceability.lock.internal.SuspectLink;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.merge.internal.MatrixMerge;
import dev.floe.testing.traceability.merge.internal.MergeInput;
import dev.floe.testing.traceability.merge.MergeInputException;
import dev.floe.testing.traceability.merge.internal.MergeInputReader;
import dev.floe.testing.traceability.merge.internal.MergeInputs;
import dev.floe.testing.traceability.merge.internal.ShouldFindMergeInputs;
import dev.floe.testing.traceability.merge.internal.ShouldHaveUsableSpecs;
import dev.floe.testing.traceability.report.ReportOptions;
import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.sarif.internal.SarifWriter;
import dev.floe.testing.traceability.spec.SpecCatalog;
import dev.floe.testing.traceability.spec.SpecParseException;
import dev.floe.testing.traceability.spec.SpecParser;
import dev.floe.testing.traceability.view.internal.MatrixView;
import dev.floe.testing.traceability.view.internal.ShouldBeKnownScope;
import dev.floe.testing.traceability.view.internal.UnknownScopeException;

/**
 * The traceability command line: merges the matrices of several modules, forks or CI shards, finds
 * {@code @Covers} tests that did not run, prints a summary of the whole matrix (or one feature or package),
 * writes every report format plus SARIF, and gates the build.
 *
 * <p>Exit codes: {@code 0} the gate passed, {@code 1} it failed (each reason listed with its gaps or test
 * ids), {@code 2} bad input (unreadable spec, invalid matrix, unknown feature, threshold out of range), in
 * which case one line says what is wrong and nothing is written, {@code 3} an unexpected error (e.g. the
 * reports could not be written).
 *
 * <pre>{@code
 * java -cp ... dev.floe.testing.traceability.cli.TraceabilityCli --min-coverage 80 --min-coverage P1=100 .
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class TraceabilityCli {

    /** Exit code: the gate passed. */
    public static final int PASSED = 0;

    /** Exit code: the gate failed. */
    public static final int GATE_FAILED = 1;

    /** Exit code: the input or the command line is bad; nothing was written. */
    public static final int BAD_INPUT = 2;

    /** Exit code: something unexpected went wrong (e.g. the reports could not be written); the message says what. */
    public static final int INTERNAL_ERROR = 3;

    private static final String LOCK_FILE = "specs/traceability.lock.json";
    /** With {@code --baseline}: what the pull request changed, as Markdown for a comment. */
    static final String DELTA_FILE = "traceability-delta.md";

    private static final String EXCLUSIONS_FILE = "specs/traceability-exclusions.json";

    private TraceabilityCli() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line with {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, FloeConfiguration.fromSystem());
    }

    /** {@link #run(String[], PrintStream, PrintStream)}, reading keys and environment from {@code configuration}. */
    static int run(String[] args, PrintStream out, PrintStream err, FloeConfiguration configuration) {
        try {
            return execute(CliOptions.parse(args), out, GitHubActions.from(configuration));
        }
        catch (UsageException | ConfigurationException | SpecParseException | MergeInputException | ExclusionsException
                | UnknownScopeException | IllegalArgumentException e) {
            err.println("floe-traceability: " + oneLine(e.getMessage()));
            return BAD_INPUT;
        }
        catch (RuntimeException e) {
            err.println("floe-traceability: unexpected error: " + e.getClass().getName() + ": "
                    + oneLine(e.getMessage()));
            return INTERNAL_ERROR;
        }
    }

    private static int execute(CliOptions o, PrintStream out, GitHubActions actions) {
        if (o.help) {
            out.println(CliOptions.USAGE);
            return PASSED;
        }
        SpecParser parser = SpecParser.fromConfiguration(key -> Optional.empty());
        if (o.specs != null) {
            parser = parser.withSpecs(o.specs);
        }
        if (o.root != null) {
            parser = parser.withRoot(o.root);
        }
        Path root = parser.findBuildRoot(Path.of(""));
        SpecCatalog catalog = parser.parse(root);
        SpecSet specs = SpecSet.of(catalog, catalog.searched());
        Path outDir = o.out != null ? o.out.toAbsolutePath().normalize()
                : root.resolve("target").resolve(MergeInputs.MERGED_FOLDER);

        List<Path> inputFiles = MergeInputs.find(o.inputs.isEmpty() ? List.of(root) : o.inputs, List.of(outDir));
        if (inputFiles.isEmpty()) {
            throw new MergeInputException(ShouldFindMergeInputs.shouldFindMergeInputs(
                    String.valueOf(o.inputs.isEmpty() ? root : o.inputs)));
        }
        List<String> leftOut = List.of();
        List<MergeInput> inputs;
        if (o.tolerant) {
            MergeInputs.Tolerant read = MergeInputs.readTolerant(inputFiles);
            inputs = read.inputs();
            leftOut = read.problems();
        }
        else {
            inputs = MergeInputs.readAll(inputFiles);
        }
        List<Exclusion> exclusions = o.exclusions != null
                ? ExclusionsFile.readConfigured(o.exclusions, "--exclusions (Maven: floe.traceability.exclusions or <exclusions>)")
                : ExclusionsFile.read(root.resolve(EXCLUSIONS_FILE));

        MatrixMerge merge = MatrixMerge.of(specs).withInputs(inputs).withBuildRoot(root)
                .withExclusions(exclusions)
                .withDefaultFeature(o.defaultFeature).withProblems(leftOut);
        int notRun = 0;
        if (o.discovery) {
            Set<Path> dirs = new TreeSet<>(o.classes);
            dirs.addAll(MergeInputs.testClassDirsUnder(o.inputs.isEmpty() ? List.of(root) : o.inputs));
            inputs.forEach(input -> input.classDirs().forEach(dir -> dirs.add(Path.of(dir))));
            List<DiscoveredTest> discovered = CoversDiscovery.scan(dirs, o.classpath, root);
            List<TestResult> missing = CoversDiscovery.notRun(discovered, merge.results());
            notRun = missing.size();
            merge.withResults(missing);
        }
        TraceabilityMatrix matrix = merge.build();
        if (matrix.error() != null) {
            throw new MergeInputException(ShouldHaveUsableSpecs.shouldHaveUsableSpecs(matrix.error(), specs.searched()));
        }
        GatePolicy policy = policy(o, matrix);
        MatrixView view = o.feature != null ? MatrixView.feature(matrix, o.feature)
                : o.module != null ? MatrixView.module(matrix, o.module) : MatrixView.whole(matrix);
        Baseline baseline = o.baseline == null ? null : Baseline.read(o.baseline);
        BaselineDiff diff = baseline == null ? null : BaselineDiff.between(baseline, matrix);
        PullRequestDelta delta = baseline == null ? null : PullRequestDelta.between(baseline, matrix);
        Path lockFile = o.lock != null ? o.lock : root.resolve(LOCK_FILE);
        LinkLock lock = LinkLock.read(lockFile);
        Set<String> unknown = new TreeSet<>(o.confirmIds);
        catalog.requirements().forEach(r -> unknown.remove(r.id().toString()));
        if (!unknown.isEmpty()) {
            throw new UsageException(ShouldConfirmDefinedRequirements.shouldConfirmDefinedRequirements(unknown));
        }

        // every input is valid: from here on, files are written
        if (o.confirm) {
            lock = lock.confirm(catalog.requirements(), o.confirmIds);
            lock.write(lockFile);
        }
        Set<String> inView = new LinkedHashSet<>();
        view.requirements().forEach(r -> inView.add(r.id()));
        List<SuspectLink> suspects = lock.suspects(matrix).stream().filter(s -> inView.contains(s.requirementId()))
                .toList();
        GateResult gate = GateCheck.check(view, matrix, policy, diff, suspects);
        // the gate's files belong to the same set as the reports: switched in together, never beside an older set
        Map<String, Supplier<String>> gateFiles = new LinkedHashMap<>();
        LinkLock finalLock = lock;
        gateFiles.put(SarifWriter.FILE_NAME, () -> SarifWriter.render(matrix, finalLock.suspects(matrix)));
        String gateMarkdown = GateMarkdown.render(view, gate, diff);
        gateFiles.put(GateMarkdown.FILE_NAME, () -> gateMarkdown);
        if (delta != null) {
            gateFiles.put(DELTA_FILE, delta::markdown);
        }
        Set<String> suspectIds = new TreeSet<>();
        finalLock.suspects(matrix).forEach(s -> suspectIds.add(s.requirementId()));
        // the page compares with the ratchet's baseline when there is one, else with the previous run in outDir
        TraceabilityReports.writeAll(matrix, outDir, root, gateFiles, ReportOptions.defaults()
                .withSourceUrl(o.sourceUrl).withComparedTo(o.baseline).withSuspects(suspectIds));
        if (o.printDelta) {
            // stdout carries the Markdown alone, to be redirected into a pull-request comment
            out.print(delta.markdown());
            return gate.passed() ? PASSED : GATE_FAILED;
        }

        leftOut.forEach(problem -> out.println("Left out: " + problem));
        ConsoleSummary.print(out, inputs.size(), notRun, matrix, view, diff, suspects, gate, outDir,
                o.confirm ? lockFile : null);
        actions.publish(matrix, gateMarkdown, out);
        return gate.passed() ? PASSED : GATE_FAILED;
    }

    private static GatePolicy policy(CliOptions o, TraceabilityMatrix matrix) {
        Set<String> features = new TreeSet<>();
        matrix.features().forEach(f -> features.add(f.featureId()));
        GatePolicy policy = GatePolicy.defaults().withAllowSkipped(o.allowSkipped).withFailOnSuspect(!o.warnSuspect);
        if (o.minCoverage != null) {
            policy = policy.withMinCoverage(o.minCoverage);
        }
        for (var entry : o.minimums.entrySet()) {
            if (entry.getKey().matches("\\d{3}") && !features.contains(entry.getKey())) {
                throw new UnknownScopeException(ShouldBeKnownScope.shouldBeKnownScope("feature", entry.getKey(),
                        features, "the command line, option --min-coverage " + entry.getKey() + "="
                        + entry.getValue()));
            }
            policy = policy.withMinCoverage(entry.getKey(), entry.getValue());
        }
        return policy;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unexpected error";
        }
        return FailureMessage.joined(message);
    }
}
