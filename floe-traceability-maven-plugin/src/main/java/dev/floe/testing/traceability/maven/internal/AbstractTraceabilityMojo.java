package dev.floe.testing.traceability.maven.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.cli.TraceabilityCli;
import dev.floe.testing.traceability.discovery.internal.CoversDiscovery;
import dev.floe.testing.traceability.discovery.internal.DiscoveredTest;
import dev.floe.testing.traceability.gate.GateKeys;
import dev.floe.testing.traceability.spec.SpecParseException;
import dev.floe.testing.traceability.spec.SpecParser;

/**
 * What the {@code report} and {@code check} goals share: the parameters, and a run of the traceability command
 * line with them, its output sent to the Maven log.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public abstract class AbstractTraceabilityMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = GateKeys.SKIP, defaultValue = "false")
    boolean skip;

    /** Surefire's and Failsafe's {@code -DskipTests}: no test ran, so there is nothing to merge or gate. */
    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    /** Maven's {@code -Dmaven.test.skip=true}: tests were neither compiled nor run. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    boolean mavenTestSkip;

    /** The module folder; the build root (the folder holding {@code specs/}) is found from here upwards. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The build root holding {@code specs/}; default: the nearest folder upwards from the module that has one. */
    @Parameter(property = SpecParser.ROOT_KEY)
    File root;

    /** Spec globs relative to the build root; default {@code specs/**}{@code /spec.md}. */
    @Parameter(property = SpecParser.SPECS_KEY)
    String specs;

    /**
     * Matrices, folders holding them, or result fragments to merge; default the module's own
     * {@code target/floe-traceability}. For a multi-module build, name the build root (every module's matrix).
     */
    @Parameter
    List<File> inputs;

    /** Where the listener wrote this module's reports; the default input. */
    @Parameter(defaultValue = "${project.build.directory}/floe-traceability", readonly = true)
    File moduleReports;

    /** Compiled test classes scanned for {@code @Covers} tests that did not run. */
    @Parameter(defaultValue = "${project.build.testOutputDirectory}")
    File testClassesDirectory;

    /**
     * The module's test classpath (jars and folders), read only for the interfaces and superclasses that scanned
     * test classes inherit, e.g. a library's contract interface with {@code @Test} default methods.
     */
    @Parameter(defaultValue = "${project.testClasspathElements}", readonly = true)
    List<String> testClasspathElements;

    /** Where the merged reports (four formats and SARIF) go. */
    @Parameter(property = GateKeys.MERGED_DIR,
            defaultValue = "${project.build.directory}/floe-traceability-merged")
    File outputDirectory;

    /** The exclusions file; default {@code <root>/specs/traceability-exclusions.json}. */
    @Parameter(property = GateKeys.EXCLUSIONS)
    File exclusions;

    /** The feature that spec-local ids resolve against first. */
    @Parameter(property = GateKeys.DEFAULT_FEATURE)
    String defaultFeature;

    /** Gate and show one feature only, e.g. {@code 004}. */
    @Parameter(property = GateKeys.FEATURE)
    String feature;

    /** The lock file of requirement fingerprints; default {@code <root>/specs/traceability.lock.json}. */
    @Parameter(property = GateKeys.LOCK)
    File lockFile;

    /**
     * Where the HTML report's spec links point, e.g. {@code https://github.com/org/repo/blob/main} (each link appends
     * {@code /<spec path>#L<line>}); default none: the local spec files.
     */
    @Parameter(property = "floe.traceability.source-url")
    String sourceUrl;

    /** Runs the command line with this goal's arguments; returns its exit code and logs its output. */
    int runCli(List<String> goalArgs) throws MojoExecutionException {
        List<String> args = new ArrayList<>();
        args.add("--root");
        args.add(buildRoot().toString());
        args.add("--out");
        args.add(outputDirectory.getAbsolutePath());
        option(args, "--specs", specs);
        option(args, "--exclusions", exclusions);
        option(args, "--default-feature", defaultFeature);
        option(args, "--feature", feature);
        option(args, "--lock", lockFile);
        option(args, "--source-url", sourceUrl);
        if (testClassesDirectory != null && testClassesDirectory.isDirectory()) {
            option(args, "--classes", testClassesDirectory);
        }
        if (testClasspathElements != null && !testClasspathElements.isEmpty()) {
            option(args, "--classpath", String.join(File.pathSeparator, testClasspathElements));
        }
        args.addAll(goalArgs);
        if (inputs == null || inputs.isEmpty()) {
            warnWhenCoversTestsLeftNoResult();
            args.add(moduleReports.getAbsolutePath());
        }
        else {
            inputs.forEach(input -> args.add(input.getAbsolutePath()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = TraceabilityCli.run(args.toArray(String[]::new), o, e);
        }
        boolean failing = false;
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            failing |= line.startsWith("Gate: FAILED");
            if (line.startsWith("::")) {
                // a GitHub Actions workflow command is read only at the start of a line, without Maven's "[INFO] "
                System.out.println(line);
            }
            else if (failing) {
                getLog().error(line);
            }
            else {
                getLog().info(line);
            }
        }
        String error = err.toString(StandardCharsets.UTF_8).strip();
        if (code == TraceabilityCli.BAD_INPUT || code == TraceabilityCli.INTERNAL_ERROR) {
            throw new MojoExecutionException(ShouldReadTraceabilityInputs.shouldReadTraceabilityInputs(error,
                    code == TraceabilityCli.INTERNAL_ERROR));
        }
        return code;
    }

    /** Whether the goal does nothing, having said so. */
    boolean skipped() {
        if (skip) {
            getLog().info("floe-traceability: skipped (floe.traceability.skip=true)");
        }
        else if (skipTests || mavenTestSkip) {
            // as JaCoCo's check does without execution data: no test ran, so no result to merge or gate
            getLog().info("floe-traceability: skipped, no test ran (" + (mavenTestSkip ? "maven.test.skip" : "skipTests")
                    + "=true): nothing to merge or gate");
        }
        return skip || skipTests || mavenTestSkip;
    }

    /**
     * A module whose compiled tests carry {@code @Covers} but whose run left no result: no test ran through
     * the JUnit Platform (Maven 3.8's default Surefire 2.12 runs none and reports success), or the listener
     * is missing from the test class path. Says so before the merge fails on the missing input.
     */
    private void warnWhenCoversTestsLeftNoResult() {
        if (testClassesDirectory == null || !testClassesDirectory.isDirectory() || hasResults(moduleReports.toPath())) {
            return;
        }
        List<DiscoveredTest> covered = CoversDiscovery.scan(List.of(testClassesDirectory.toPath()), basedir.toPath());
        if (covered.isEmpty()) {
            return;
        }
        getLog().warn("floe-traceability: " + covered.size() + " @Covers test(s) in " + testClassesDirectory
                + " (e.g. " + covered.get(0).className() + "#" + covered.get(0).methodName() + ") but no traceability"
                + " result in " + moduleReports + ": no test ran through the JUnit Platform.");
        getLog().warn("  fix: use maven-surefire-plugin (and maven-failsafe-plugin) 3.x, since Maven 3.8's default"
                + " Surefire 2.12 finds no JUnit Platform test and reports 0 tests as a success, and keep"
                + " floe-junit-extension (or floe-traceability) on the test class path; see README.md, Install.");
    }

    private static boolean hasResults(Path reports) {
        if (!java.nio.file.Files.isDirectory(reports)) {
            return false;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(reports, 3)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
        }
        catch (java.io.IOException | java.io.UncheckedIOException e) {
            return true; // unreadable: let the merge say what is wrong with it
        }
    }

    /** The failure for a gate that did not pass. */
    static MojoFailureException gateFailed(String goal) {
        return new MojoFailureException(ShouldPassGate.shouldPassGate(goal));
    }

    private Path buildRoot() throws MojoExecutionException {
        if (root != null) {
            return root.toPath().toAbsolutePath().normalize();
        }
        try {
            SpecParser parser = SpecParser.fromConfiguration(key -> Optional.empty());
            if (specs != null) {
                parser = parser.withSpecs(specs);
            }
            return parser.findBuildRoot(basedir.toPath());
        }
        catch (SpecParseException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    static void option(List<String> args, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            args.add(name);
            args.add(value instanceof File file ? file.getAbsolutePath() : value.toString());
        }
    }
}
