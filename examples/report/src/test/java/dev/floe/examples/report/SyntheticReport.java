package dev.floe.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.merge.TraceabilityMerge;
import dev.floe.testing.traceability.report.ReportOptions;
import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.RequirementId;

/**
 * A generated build with every kind of result the report shows: spec files on disk (so spec links can be followed),
 * passing, failing (with stack traces), erroring, skipped, aborted and not-run tests, a class whose set-up failed,
 * parameterized tests, long ids, uncovered and excluded-free requirements over several features and packages. The
 * same sizes give the same matrix.
 */
final class SyntheticReport {

    static final String LONG_CLASS = "ReadersOfCompiledArtifactsAgainstEveryComputeTargetAndEveryVariantTest";

    private SyntheticReport() {
    }

    /** Writes the specs under {@code root} and returns the matrix of {@code tests} tests over {@code requirements}. */
    static TraceabilityMatrix build(Path root, int requirements, int tests, Instant at) {
        int features = Math.max(1, requirements / 200);
        List<Requirement> reqs = new ArrayList<>();
        List<String> specFiles = new ArrayList<>();
        for (int f = 0; f < features; f++) {
            String feature = String.format("%03d", 900 + f % 100);
            String specFile = "specs/" + feature + "-generated-feature-" + f + "/spec.md";
            specFiles.add(specFile);
            StringBuilder md = new StringBuilder("# Feature " + feature + "\n\n## Requirements\n\n### Reading\n\n");
            int line = 7;
            int perFeature = requirements / features + (f < requirements % features ? 1 : 0);
            for (int r = 1; r <= perFeature; r++) {
                String text = "The reader MUST show requirement " + r + " of feature " + feature
                        + (r % 7 == 0 ? " with a long text that wraps over several lines in the table to see that"
                                + " nothing overflows the window even at narrow widths" : "") + ".";
                md.append("- **FR-").append(String.format("%03d", r)).append("**: ").append(text).append('\n');
                reqs.add(new Requirement(new RequirementId(feature, String.format("FR-%03d", r)), specFile, line++, text,
                        "reading", r % 5 == 0 ? "P1" : r % 3 == 0 ? "P3" : "P2"));
            }
            write(root.resolve(specFile), md.toString());
        }
        List<TestResult> results = new ArrayList<>();
        for (int t = 0; t < tests; t++) {
            Requirement covered = reqs.get(t % Math.max(1, reqs.size() - reqs.size() / 20)); // the last 5% stay uncovered
            String module = "floe-package-" + (t % 4);
            String className = t % 50 == 0 ? LONG_CLASS : "Generated" + (t / 25) + "Test";
            String javaPackage = "dev.floe.generated.deeply.nested.pkg" + (t % 4);
            String source = module + "/src/test/java/" + javaPackage.replace('.', '/') + "/" + className + ".java";
            boolean parameterized = t % 10 == 1;
            String method = parameterized ? "readsEveryVariant" : "showsRequirement" + t;
            String testId = source + "::" + className + "::" + method + (parameterized ? "(String, int)[" + t + "]" : "");
            String display = parameterized ? "[" + t + "] variant=\"full-" + t + "\", size=" + t : method + "()";
            TestOutcome outcome = outcome(t);
            String message = null;
            String trace = null;
            long setup = t % 25 == 0 ? 340 : 0;
            if (className.equals("Generated7Test")) { // a class whose @BeforeAll failed: its tests fail with its error
                outcome = TestOutcome.ERRORED;
                message = "Generated7Test failed: IllegalStateException: postgres unreachable at localhost:5432";
                trace = trace("java.lang.IllegalStateException: postgres unreachable at localhost:5432", className,
                        "setUp");
            }
            else if (outcome == TestOutcome.FAILED) {
                message = "expected: <" + t + "> but was: <" + (t + 1) + ">";
                trace = trace("org.opentest4j.AssertionFailedError: " + message, className, method);
            }
            else if (outcome == TestOutcome.ERRORED) {
                message = "NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null";
                trace = trace("java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null",
                        className, method);
            }
            else if (outcome == TestOutcome.SKIPPED) {
                message = "disabled until the catalog supports views";
            }
            else if (outcome == TestOutcome.NOT_RUN) {
                message = "not run: an *IT class, which runs with -Preal-servers";
            }
            results.add(TestResult.builder().withTestId(testId).withSourceFile(source)
                    .withClassName(javaPackage + "." + className).withMethodName(method).withDisplayName(display)
                    .withModule(module).withJavaPackage(javaPackage).withCoveredIds(covered.id().toString())
                    .withOutcome(outcome).withDurationMs(3 + t % 40).withMessage(message).withStackTrace(trace)
                    .withSetupMs(setup).build());
        }
        return TraceabilityMerge.of(new SpecSet("specs/**/spec.md", specFiles, reqs, List.of()))
                .withResults(results).withGeneratedAt(at).build();
    }

    private static TestOutcome outcome(int t) {
        if (t % 97 == 3) {
            return TestOutcome.FAILED;
        }
        if (t % 211 == 5) {
            return TestOutcome.ERRORED;
        }
        if (t % 151 == 7) {
            return TestOutcome.SKIPPED;
        }
        if (t % 307 == 9) {
            return TestOutcome.ABORTED;
        }
        if (t % 53 == 11) {
            return TestOutcome.NOT_RUN;
        }
        return TestOutcome.PASSED;
    }

    private static String trace(String first, String className, String method) {
        return first + "\n\tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)"
                + "\n\tat org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:197)"
                + "\n\tat dev.floe.generated." + className + "." + method + "(" + className + ".java:42)"
                + "\n\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"
                + "\n\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)"
                + "\n\tat org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:767)"
                + "\n\tat org.junit.jupiter.engine.execution.MethodInvocation.proceed(MethodInvocation.java:60)";
    }

    /** Builds and writes the report set into {@code root/target/floe-traceability}; returns the page. */
    static Path write(Path root, int requirements, int tests, Instant at, ReportOptions options) {
        Path dir = root.resolve("target/floe-traceability");
        TraceabilityReports.writeAll(build(root, requirements, tests, at), dir, root, Map.of(), options);
        return dir.resolve(TraceabilityReports.HTML);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
