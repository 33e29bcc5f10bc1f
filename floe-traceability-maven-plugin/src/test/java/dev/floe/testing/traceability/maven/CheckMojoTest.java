package dev.floe.testing.traceability.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.matrix.MatrixBuilder;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.spec.SpecCatalog;
import dev.floe.testing.traceability.spec.SpecParser;

class CheckMojoTest {

    @TempDir
    Path root;

    Path module;
    CapturingLog log = new CapturingLog();

    @BeforeEach
    void moduleWithItsRun() throws IOException {
        Files.createDirectories(root.resolve("specs/004-catalog"));
        Files.writeString(root.resolve("specs/004-catalog/spec.md"), String.join("\n",
                "# Feature Specification: Catalog", "", "## Requirements", "",
                "- **FR-001**: The catalog MUST list namespaces. (P1)",
                "- **FR-002**: The catalog MUST create tables. (P3)", ""));
        module = root.resolve("floe-catalog");
        SpecCatalog catalog = SpecParser.create().withRoot(root).parse(root);
        SpecSet specs = new SpecSet(catalog.searched(), catalog.specFiles(), catalog.requirements(), List.of());
        String file = "floe-catalog/src/test/java/demo/CatalogTest.java";
        TestResult lists = new TestResult(file + "::CatalogTest::lists", file, "demo.CatalogTest", "lists", "lists()",
                "floe-catalog", "demo", List.of("FR-001"), TestOutcome.PASSED, 5, null);
        TraceabilityReports.writeAll(MatrixBuilder.forSpecs(specs).withResults(List.of(lists))
                .build(Instant.parse("2026-11-26T09:00:00Z")), module.resolve("target/floe-traceability"));
    }

    private CheckMojo check() {
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.basedir = module.toFile();
        mojo.moduleReports = module.resolve("target/floe-traceability").toFile();
        mojo.testClassesDirectory = module.resolve("target/test-classes").toFile();
        mojo.outputDirectory = module.resolve("target/floe-traceability-merged").toFile();
        return mojo;
    }

    @Test
    @Covers("006-FR-018")
    void passesWhenTheModuleMeetsItsMinimumAndWritesTheMergedReports() throws Exception {
        CheckMojo mojo = check();
        mojo.minCoverage = 50.0;
        mojo.thresholds = List.of("P1=100");

        mojo.execute();

        assertThat(log.text()).contains("INFO all: 1 of 2 requirements fully covered (50.0%)", "INFO Gate: PASSED");
        assertThat(module.resolve("target/floe-traceability-merged/traceability.sarif")).exists();
    }

    @Test
    @Covers("006-FR-018")
    void failsTheBuildBelowTheMinimumListingTheGapsInTheLog() {
        CheckMojo mojo = check();
        mojo.thresholds = List.of("P3=100");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("floe-traceability:check failed: the traceability gate did not pass; the reasons and gaps"
                        + " are listed above");
        assertThat(log.text()).contains("INFO FAIL priority-coverage: coverage 0.0% (0 of 1 requirements) is below the"
                + " minimum 100.0% for priority P3; gaps:", "INFO   004-FR-002 uncovered P3 at specs/004-catalog/spec.md:6");
    }

    @Test
    @Covers("006-FR-018")
    void badConfigurationIsAnExecutionErrorWithTheOneLineReason() {
        CheckMojo mojo = check();
        mojo.thresholds = List.of("004=150");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("floe-traceability: Invalid --min-coverage '004=150': 150 is out of range; a percentage is"
                        + " from 0 to 100");
        assertThat(module.resolve("target/floe-traceability-merged")).doesNotExist();
    }

    @Test
    @Covers("006-FR-018")
    void reportNeverFailsOnCoverageAndSkipDoesNothing() throws Exception {
        ReportMojo report = new ReportMojo();
        report.setLog(log);
        report.basedir = module.toFile();
        report.moduleReports = module.resolve("target/floe-traceability").toFile();
        report.outputDirectory = module.resolve("target/merged").toFile();
        report.execute();
        assertThat(module.resolve("target/merged/index.html")).exists();

        CheckMojo skipped = check();
        skipped.skip = true;
        skipped.thresholds = List.of("P3=100");
        skipped.execute();
        assertThat(log.text()).contains("floe-traceability: skipped (floe.traceability.skip=true)");
    }
}
