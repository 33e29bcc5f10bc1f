package dev.floe.testing.traceability.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.spec.internal.IdResolution.Status;
import dev.floe.testing.traceability.spec.internal.IdResolution;
import dev.floe.testing.traceability.spec.internal.IdResolver;

class SpecCatalogTest {

    private static final SpecCatalog CATALOG = SpecCatalog.of(
            List.of(new Feature("006", "Integration", "specs/006-i/spec.md"),
                    new Feature("001", "Core", "specs/001-c/spec.md")),
            List.of(requirement("006", "FR-024"), requirement("006", "FR-001"), requirement("001", "FR-001"),
                    requirement("006", "FR-006a"), requirement("006", "FR-006"), requirement("001", "FR-030")),
            List.of(new SpecProblem("specs/006-i/spec.md", 9, "b"), new SpecProblem("specs/001-c/spec.md", 4, "a")));

    private static Requirement requirement(String feature, String local) {
        return new Requirement(new RequirementId(feature, local), "specs/" + feature + "/spec.md", 1, local + " text",
                "general", "P2");
    }

    @Test
    @Covers("001-FR-013")
    void listsFeaturesRequirementsAndProblemsSorted() {
        assertThat(CATALOG.features()).extracting(Feature::id).containsExactly("001", "006");
        assertThat(CATALOG.requirements()).extracting(r -> r.id().toString()).containsExactly(
                "001-FR-001", "001-FR-030", "006-FR-001", "006-FR-006", "006-FR-006a", "006-FR-024");
        assertThat(CATALOG.requirements("006")).hasSize(4);
        assertThat(CATALOG.problems()).extracting(SpecProblem::file)
                .containsExactly("specs/001-c/spec.md", "specs/006-i/spec.md");
    }

    @Test
    @Covers("001-FR-013")
    void findsARequirementByItsFeatureScopedId() {
        assertThat(CATALOG.find("006-FR-006a")).map(Requirement::text).contains("FR-006a text");
        assertThat(CATALOG.find(new RequirementId("001", "FR-030"))).isPresent();
        assertThat(CATALOG.find("FR-030")).isEmpty();
        assertThat(CATALOG.find("007-FR-001")).isEmpty();
        assertThat(CATALOG.feature("001")).map(Feature::name).contains("Core");
        assertThat(CATALOG.featuresDefining("FR-001")).containsExactly("001", "006");
    }

    @Test
    @Covers("001-FR-014")
    void resolvesFeatureScopedAndSpecLocalIds() {
        assertThat(resolve("006-FR-001", null).resolvedId()).contains(new RequirementId("006", "FR-001"));
        assertThat(resolve("FR-024", null).resolvedId()).contains(new RequirementId("006", "FR-024"));
        assertThat(resolve("FR-001", "001").resolvedId()).contains(new RequirementId("001", "FR-001"));
        assertThat(resolve(" FR-006a ", "006").resolvedId()).contains(new RequirementId("006", "FR-006a"));
    }

    @Test
    @Covers("001-FR-015")
    void suggestsCatalogIdsForIllFormedIds() {
        assertThat(resolve("FR-24", null)).isEqualTo(new IdResolution(Status.ILL_FORMED, "FR-24", null,
                List.of("FR-024"), "Ill-formed requirement id 'FR-24': expected FR-024, FR-006a or 006-FR-024;"
                        + " did you mean FR-024?"));
        assertThat(resolve("fr-024", null).candidates()).containsExactly("FR-024");
        assertThat(resolve("006-FR-24", null).candidates()).containsExactly("006-FR-024");
        assertThat(resolve("6-fr-6A", null).candidates()).containsExactly("006-FR-006a");
        assertThat(resolve("FR-1", null).candidates()).containsExactly("001-FR-001", "006-FR-001");
        assertThat(resolve("FR-1", "001").candidates()).containsExactly("FR-001");
        assertThat(resolve("FR-O24", null).candidates()).containsExactly("FR-024");
        assertThat(resolve("REQ-7", null)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.ILL_FORMED);
            assertThat(r.candidates()).isEmpty();
            assertThat(r.message()).isEqualTo("Ill-formed requirement id 'REQ-7': expected FR-024, FR-006a or"
                    + " 006-FR-024.");
        });
    }

    @Test
    @Covers("001-FR-015")
    void tellsUnknownIdsAsOrphans() {
        assertThat(resolve("FR-099", null)).isEqualTo(new IdResolution(Status.UNKNOWN, "FR-099",
                new RequirementId(null, "FR-099"), List.of(), "No spec defines requirement FR-099 (in any of 2 features)"));
        assertThat(resolve("FR-030", "006")).isEqualTo(new IdResolution(Status.UNKNOWN, "FR-030",
                new RequirementId("006", "FR-030"), List.of("001-FR-030"), "No spec defines requirement 006-FR-030"
                        + " (spec-local ids belong to the default feature 006); did you mean 001-FR-030?"));
        assertThat(resolve("007-FR-001", null).message()).isEqualTo("No spec defines requirement 007-FR-001:"
                + " there is no feature 007; did you mean 001-FR-001 or 006-FR-001?");
    }

    @Test
    @Covers("001-FR-015")
    void tellsAmbiguousSpecLocalIdsListingTheCandidates() {
        assertThat(resolve("FR-001", null)).isEqualTo(new IdResolution(Status.AMBIGUOUS, "FR-001",
                new RequirementId(null, "FR-001"), List.of("001-FR-001", "006-FR-001"), "Requirement id 'FR-001' is"
                        + " ambiguous: 001-FR-001, 006-FR-001 define it; write the feature-scoped id, e.g. 001-FR-001"));
    }

    @Test
    @Covers("001-FR-015")
    void answersNullLookupsWithoutANullPointerException() {
        assertThat(CATALOG.feature(null)).isEmpty();
        assertThat(CATALOG.featuresDefining(null)).isEmpty();
        assertThat(CATALOG.requirements(null)).isEmpty();
        assertThat(CATALOG.find((String) null)).isEmpty();
        IdResolution resolution = resolve(null, null);
        assertThat(resolution.status()).isEqualTo(IdResolution.Status.ILL_FORMED);
        assertThat(resolution.message()).isEqualTo("Ill-formed requirement id 'null': expected FR-024, FR-006a or 006-FR-024.");
    }

    /** The id as {@code @Covers} would resolve it against {@link #CATALOG}. */
    private static IdResolution resolve(String asWritten, String defaultFeature) {
        return IdResolver.resolve(CATALOG, asWritten, defaultFeature);
    }
}
