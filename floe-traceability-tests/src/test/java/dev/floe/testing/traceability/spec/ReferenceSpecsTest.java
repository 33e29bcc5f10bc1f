package dev.floe.testing.traceability.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.spec.internal.IdResolver;

/** The real floe specs in ../shared/reference/specs read to what a careful reader counts. */
@Tag("reference") // reads ../shared/reference: runs in the reference-data profile
class ReferenceSpecsTest {

    private static SpecCatalog catalog;

    @BeforeAll
    static void parse() {
        catalog = SpecParser.create().parse(SpecFixtures.referenceDir());
    }

    @Test
    @Covers("001-FR-017")
    void readsTheRequirementsAHumanCounts() {
        // 001: FR-001..FR-028 (FR-028 sits between FR-015 and FR-016); 002: FR-001..FR-015; 006: FR-001..FR-035.
        // The FR-XXX mentions in 006's acceptance scenarios and key entities are prose, not requirements.
        assertThat(catalog.requirements("001")).hasSize(28);
        assertThat(catalog.requirements("002")).hasSize(15);
        assertThat(catalog.requirements("006")).hasSize(35);
        assertThat(catalog.requirements()).hasSize(78);
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    @Covers("001-FR-017")
    void readsFeaturesTextsAndLines() {
        assertThat(catalog.features()).extracting(Feature::id, Feature::name, Feature::specFile).containsExactly(
                tuple("001", "Core Foundation Package (floe-core)", "specs/001-core-foundation/spec.md"),
                tuple("002", "CLI Interface", "specs/002-cli-interface/spec.md"),
                tuple("006", "Robust Integration Testing with Traceability", "specs/006-integration-testing/spec.md"));
        assertThat(catalog.find("001-FR-028")).get().extracting(Requirement::line, Requirement::text).containsExactly(160,
                "System MUST support optional catalog configuration for Iceberg catalog integration including catalog"
                        + " type (polaris, glue, nessie), URI, credential reference, warehouse name, and"
                        + " catalog-specific properties.");
        assertThat(catalog.find("002-FR-012")).get().extracting(Requirement::line, Requirement::text).containsExactly(163,
                "System MUST support `--target` option for compile command to select a compute target defined in"
                        + " floe.yaml; the CLI validates the target exists in the spec before compilation.");
        assertThat(catalog.find("006-FR-024")).get().extracting(Requirement::line, Requirement::text).containsExactly(158,
                "Integration tests MUST verify OpenTelemetry trace emission by querying Jaeger API to confirm traces"
                        + " arrived with correct span names, attributes, and parent-child relationships");
        assertThat(catalog.find("006-FR-035")).get().extracting(Requirement::specFile)
                .isEqualTo("specs/006-integration-testing/spec.md");
    }

    @Test
    @Covers("001-FR-017")
    void mapsTheHeadingsOfSpec006ToTheContractCategories() {
        assertThat(catalog.requirements("006")).extracting(r -> r.id().local(), Requirement::category).contains(
                tuple("FR-001", "traceability"), tuple("FR-004", "execution"), tuple("FR-008", "package_coverage"),
                tuple("FR-015", "infrastructure"), tuple("FR-019", "shared_fixtures"),
                tuple("FR-022", "production_config"), tuple("FR-024", "observability"),
                tuple("FR-026", "row_level_security"), tuple("FR-029", "standalone_first"),
                tuple("FR-035", "contract_boundary"));
        assertThat(catalog.requirements("006").stream().map(Requirement::category).distinct()).hasSize(10);
        assertThat(catalog.find("001-FR-019")).get().extracting(Requirement::category).isEqualTo("compiler");
        assertThat(catalog.find("002-FR-001")).get().extracting(Requirement::category)
                .isEqualTo("functional_requirements");
        // The specs state priorities for user stories only, never for a requirement.
        assertThat(catalog.requirements()).extracting(Requirement::priority).containsOnly("P2");
    }

    @Test
    @Covers("001-FR-017")
    void resolvesIdsAgainstTheRealSpecs() {
        assertThat(IdResolver.resolve(catalog, "FR-035", null).resolvedId())
                .contains(new RequirementId("006", "FR-035"));
        assertThat(IdResolver.resolve(catalog, "FR-024", null).candidates())
                .containsExactly("001-FR-024", "006-FR-024");
        assertThat(IdResolver.resolve(catalog, "FR-24", "006").candidates()).containsExactly("FR-024");
    }

    @Test
    @Covers("001-FR-017")
    void readsTheProjectsOwnSpecsWithoutProblems() {
        SpecParser parser = SpecParser.create();
        Path projectRoot = parser.findBuildRoot(Path.of(""));

        SpecCatalog own = parser.parse(projectRoot);

        assertThat(own.problems()).isEmpty();
        assertThat(own.feature("001")).map(Feature::name).contains("Spec Parsing");
        assertThat(own.requirements("001")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(own.requirements()).allSatisfy(r -> assertThat(r.text()).isNotBlank());
    }
}
