package dev.floe.testing.traceability.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.RequirementId;
import dev.floe.testing.traceability.view.internal.Gap;
import dev.floe.testing.traceability.view.internal.GapFinder;

class GapFinderTest {

    private static Requirement requirement(String folder, String local, int line, String text, String category) {
        return new Requirement(new RequirementId(folder.substring(0, 3), local), "specs/" + folder + "/spec.md", line,
                text, category, "P1");
    }

    private static TestResult test(String module, String javaPackage, String id) {
        String file = module + "/src/test/java/" + javaPackage.replace('.', '/') + "/SomeTest.java";
        return TestResult.builder().withTestId(file + "::SomeTest::t").withSourceFile(file)
                .withClassName(javaPackage + ".SomeTest").withMethodName("t").withDisplayName("t()").withModule(module)
                .withJavaPackage(javaPackage).withCoveredIds(id).withOutcome(TestOutcome.PASSED).withDurationMs(1)
                .build();
    }

    private final Requirement compiles = requirement("001-core-foundation", "FR-001", 12,
            "The compiler MUST compile specs.", "Compiler");
    private final Requirement cliRuns = requirement("001-core-foundation", "FR-002", 13,
            "floe-cli MUST run the compile command.", "Command Execution");
    private final Requirement covered = requirement("001-core-foundation", "FR-003", 14, "Covered.", "Compiler");
    private final Requirement nowhere = requirement("009-dashboards", "FR-001", 5, "Dashboards MUST render.", "UI");

    private TraceabilityMatrix matrix() {
        SpecSet specs = new SpecSet("specs", List.of("specs/001-core-foundation/spec.md", "specs/009-dashboards/spec.md"),
                List.of(compiles, cliRuns, covered, nowhere), List.of());
        return MatrixBuilder.forSpecs(specs)
                .withResults(List.of(test("floe-core", "dev.floe.core", "001-FR-003"),
                        test("floe-cli", "dev.floe.cli", "001-FR-003")))
                .build(Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    @Covers("006-FR-013")
    void aRequirementsPackageIsTheModuleItNamesElseTheModuleNamedByItsSpecFolder() {
        GapFinder finder = GapFinder.of(matrix());

        assertThat(finder.packageOf(cliRuns)).isEqualTo("floe-cli");
        assertThat(finder.packageOf(compiles)).isEqualTo("floe-core");
        assertThat(finder.packageOf(nowhere)).isNull();
    }

    @Test
    @Covers("006-FR-013")
    void gapsSuggestATestClassInThatModulesTestSourcesAndPackage() {
        TraceabilityMatrix matrix = matrix();

        List<Gap> gaps = GapFinder.of(matrix).gaps(matrix.requirements());

        assertThat(gaps).extracting(Gap::line).containsExactly(
                "001-FR-001 uncovered P1 at specs/001-core-foundation/spec.md:12 -> floe-core/src/test/java/dev/floe/core/"
                        + "CompilerTest.java with @Covers(\"001-FR-001\")",
                "001-FR-002 uncovered P1 at specs/001-core-foundation/spec.md:13 -> floe-cli/src/test/java/dev/floe/cli/"
                        + "CommandExecutionTest.java with @Covers(\"001-FR-002\")",
                "009-FR-001 uncovered P1 at specs/009-dashboards/spec.md:5 -> " + matrix.requirements().get(3).suggestion());
    }
}
