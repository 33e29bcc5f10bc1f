package dev.floe.testing.traceability.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.ToolProvider;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.merge.TraceabilityMerge;
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
        TestResult lists = TestResult.builder().withTestId(file + "::CatalogTest::lists").withSourceFile(file)
                .withClassName("demo.CatalogTest").withMethodName("lists").withDisplayName("lists()")
                .withModule("floe-catalog").withJavaPackage("demo").withCoveredIds("FR-001")
                .withOutcome(TestOutcome.PASSED).withDurationMs(5).build();
        TraceabilityReports.writeAll(TraceabilityMerge.of(specs).withResults(List.of(lists))
                .withGeneratedAt(Instant.parse("2026-11-26T09:00:00Z")).build(),
                module.resolve("target/floe-traceability"));
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
    @Covers("009-FR-009")
    void theSourceUrlParameterMakesTheMergedPagesSpecLinksOpenTheRepositoryLine() throws Exception {
        CheckMojo mojo = check();
        mojo.sourceUrl = "https://github.com/floe-dev/floe-testing/blob/main";

        mojo.execute();

        assertThat(Files.readString(module.resolve("target/floe-traceability-merged/index.html")))
                .contains("<a href=\"https://github.com/floe-dev/floe-testing/blob/main/specs/004-catalog/spec.md#L");
    }

    @Test
    @Covers("006-FR-018")
    void failsTheBuildBelowTheMinimumListingTheGapsInTheLog() {
        CheckMojo mojo = check();
        mojo.thresholds = List.of("P3=100");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("floe-traceability:check failed: the traceability gate did not pass.")
                .hasMessageContaining("where:    the log above (from the line 'Gate: FAILED')")
                .hasMessageContaining("fix:      cover or fix what the reasons name");
        assertThat(log.text()).contains("ERROR Gate: FAILED (1 reason(s))",
                "ERROR FAIL priority-coverage: coverage 0.0% (0 of 1 requirements) is below the minimum 100.0% for"
                        + " priority P3; not covered:", "ERROR   004-FR-002 uncovered P3 at specs/004-catalog/spec.md:6");
    }

    @Test
    @Covers("006-FR-018")
    void badConfigurationIsAnExecutionErrorWithTheReasonInTheOneForm() {
        CheckMojo mojo = check();
        mojo.thresholds = List.of("004=150");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("""
                        Invalid --min-coverage '004=150'.
                          expected: a percentage from 0 to 100, e.g. 80, 004=90 or P1=100
                          found:    '004=150' (150 is out of range)
                          where:    the command line, option --min-coverage
                          fix:      give a percentage from 0 to 100, alone or after a feature id or priority: 80, \
                        004=90 or P1=100""");
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

    @Test
    @Covers("006-FR-023")
    void aBuildThatRanNoTestSaysSoInsteadOfFailingOnMissingResults() throws Exception {
        Path empty = module.resolve("no-results");
        CheckMojo noTests = check();
        noTests.moduleReports = empty.toFile();
        noTests.thresholds = List.of("P3=100");
        noTests.skipTests = true;
        noTests.execute();
        CheckMojo notCompiled = check();
        notCompiled.moduleReports = empty.toFile();
        notCompiled.mavenTestSkip = true;
        notCompiled.execute();

        assertThat(log.text()).contains("floe-traceability: skipped, no test ran (skipTests=true): nothing to merge or gate",
                "floe-traceability: skipped, no test ran (maven.test.skip=true): nothing to merge or gate");
        assertThat(empty).doesNotExist();
    }

    @Test
    @Covers("006-FR-018")
    void readsTheTestClasspathForTestsInheritedFromALibraryInterface(@TempDir Path elsewhere) throws Exception {
        Path library = elsewhere.resolve("library");
        compile(library, "lib/CatalogContract.java", """
                package lib;
                public interface CatalogContract {
                    @org.junit.jupiter.api.Test default void createsTables() {}
                }
                """, List.of());
        Path jar = elsewhere.resolve("contracts.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("lib/CatalogContract.class"));
            out.write(Files.readAllBytes(library.resolve("lib/CatalogContract.class")));
            out.closeEntry();
        }
        compile(module.resolve("target/test-classes"), "demo/CatalogIT.java", """
                package demo;
                @dev.floe.testing.junit.traceability.Covers("004-FR-002")
                class CatalogIT implements lib.CatalogContract {
                }
                """, List.of(jar));
        CheckMojo without = check();
        without.execute();
        assertThat(log.text()).contains("004-FR-002 uncovered P3").doesNotContain("CatalogIT");

        CheckMojo mojo = check();
        mojo.testClasspathElements = List.of(module.resolve("target/test-classes").toString(), jar.toString());
        mojo.execute();

        assertThat(log.text()).contains("merged 1 input(s), 2 test(s), 1 of them not run (found in compiled test"
                + " classes)", "004-FR-002 not run P3 at specs/004-catalog/spec.md:6 -> make its tests pass"
                + " and run: demo/CatalogIT.java::CatalogIT::createsTables");
    }

    @Test
    @Covers("006-FR-024")
    void warnsWhenAModuleWithCoversTestsLeftNoResultAsWithSurefire212(@TempDir Path elsewhere) throws Exception {
        Path consumer = elsewhere.resolve("consumer");
        compile(consumer.resolve("target/test-classes"), "demo/CatalogTest.java", """
                package demo;
                class CatalogTest {
                    @org.junit.jupiter.api.Test
                    @dev.floe.testing.junit.traceability.Covers("004-FR-001")
                    void lists() {}
                }
                """, List.of());
        CheckMojo mojo = check();
        mojo.basedir = consumer.toFile();
        mojo.root = root.toFile();
        mojo.moduleReports = consumer.resolve("target/floe-traceability").toFile();
        mojo.testClassesDirectory = consumer.resolve("target/test-classes").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class);

        assertThat(log.text()).contains("WARN floe-traceability: 1 @Covers test(s) in " + consumer.resolve("target/test-classes")
                + " (e.g. demo.CatalogTest#lists) but no traceability result in " + consumer.resolve("target/floe-traceability")
                + ": no test ran through the JUnit Platform.",
                "WARN   fix: use maven-surefire-plugin (and maven-failsafe-plugin) 3.x");
        log = new CapturingLog();
        CheckMojo withResults = check();
        withResults.execute();
        assertThat(log.text()).doesNotContain("WARN");
    }

    private static void compile(Path classes, String name, String source, List<Path> classpath) throws IOException {
        Path file = classes.getParent().resolve("src").resolve(name);
        Files.createDirectories(file.getParent());
        Files.createDirectories(classes);
        Files.writeString(file, source);
        List<String> entries = new ArrayList<>();
        classpath.forEach(entry -> entries.add(entry.toString()));
        entries.add(System.getProperty("java.class.path"));
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-classpath",
                String.join(File.pathSeparator, entries), "-proc:none", file.toString());
        assertThat(code).as("compiling " + name).isZero();
    }
}
