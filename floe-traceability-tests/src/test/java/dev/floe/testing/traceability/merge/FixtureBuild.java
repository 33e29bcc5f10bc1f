package dev.floe.testing.traceability.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.spec.SpecCatalog;
import dev.floe.testing.traceability.spec.SpecParser;

/**
 * A build on disk as a CI merge job sees it: specs under {@code specs/}, and per module the reports the run
 * listener writes ({@code <module>/target/floe-traceability/*}), produced by the real engine and writers.
 */
public final class FixtureBuild {

    public static final String SPEC = String.join("\n",
            "# Feature Specification: Demo Storage",
            "",
            "## Requirements",
            "",
            "### Functional Requirements",
            "",
            "#### Catalog",
            "",
            "- **FR-001**: The catalog MUST list namespaces. (P1)",
            "- **FR-002**: floe-storage MUST create tables. (P1)",
            "- **FR-003**: The catalog MUST drop tables.",
            "- **FR-004**: The catalog MUST rename tables. (P3)",
            "");

    public static final String SECOND_SPEC = String.join("\n",
            "# Feature Specification: Demo Compute",
            "",
            "## Requirements",
            "",
            "#### Compute",
            "",
            "- **FR-001**: The engine MUST run queries.",
            "");

    private final Path root;

    private FixtureBuild(Path root) {
        this.root = root;
    }

    /** A build root with spec 004 (four requirements) and spec 005 (one). */
    public static FixtureBuild in(Path root) {
        write(root.resolve("specs/004-catalog/spec.md"), SPEC);
        write(root.resolve("specs/005-compute/spec.md"), SECOND_SPEC);
        return new FixtureBuild(root);
    }

    public Path root() {
        return root;
    }

    public SpecSet specs() {
        SpecCatalog catalog = SpecParser.create().withRoot(root).parse(root);
        return new SpecSet(catalog.searched(), catalog.specFiles(), catalog.requirements(),
                catalog.problems().stream().map(Object::toString).toList());
    }

    /** Writes the four reports of {@code module} as its own run would have, at {@code time}. */
    public Path module(String module, Instant time, TestResult... results) {
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(specs()).withResults(List.of(results)).build(time);
        Path dir = root.resolve(module).resolve("target/floe-traceability");
        TraceabilityReports.writeAll(matrix, dir);
        return dir.resolve(TraceabilityReports.MATRIX_JSON);
    }

    /** A result of {@code method} in {@code <module>}'s {@code dev.floe.demo.StorageTest}. */
    public static TestResult result(String module, String method, TestOutcome outcome, String... ids) {
        String file = module + "/src/test/java/dev/floe/demo/StorageTest.java";
        return TestResult.builder().withTestId(file + "::StorageTest::" + method).withSourceFile(file)
                .withClassName("dev.floe.demo.StorageTest").withMethodName(method).withDisplayName(method + "()")
                .withModule(module).withJavaPackage("dev.floe.demo").withCoveredIds(ids).withOutcome(outcome)
                .withDurationMs(7).withMessage(outcome == TestOutcome.PASSED ? null : "expected: <1> but was: <2>")
                .build();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All files under {@code dir} with their contents, to show nothing changed. */
    public static List<String> snapshot(Path dir) {
        List<String> files = new ArrayList<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (var walk = Files.walk(dir)) {
            // the report files as a reader sees them: through the links, not in the set folders behind them
            walk.filter(Files::isRegularFile).filter(f -> !dir.relativize(f).toString().contains(".sets")).sorted()
                    .forEach(f -> files.add(dir.relativize(f) + "=" + read(f)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
