package dev.floe.testing.traceability.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.spec.internal.IdResolution;
import dev.floe.testing.traceability.spec.internal.IdResolver;

class SpecProblemsTest {

    private static final String FILE = "specs/001-demo/spec.md";

    @TempDir
    Path root;

    @Test
    @Covers("001-FR-010")
    void reportsWhatLooksLikeARequirementButCannotBeReadWithFileAndLine() {
        SpecCatalog catalog = SpecFixtures.parseOne(root, """
                # Demo

                - **FR-001**: a good requirement
                - **FR-01**: too few digits
                - **FR-1234**: too many digits
                - **fr-002**: lower case
                - Note: **FR-003**: the bold id is not at the start
                - FR-004: the id is not bold
                - *FR-005*: the id is in italics
                - **FR-006**:
                - **FR-XXX**: a template placeholder
                - **FR-008 Search**: a title inside the bold

                **FR-007**: a requirement that lost its bullet
                """);

        assertThat(catalog.requirements()).extracting(r -> r.id().toString()).containsExactly("001-FR-001");
        assertThat(catalog.problems()).extracting(SpecProblem::toString).containsExactly(
                FILE + ":4: ill-formed requirement id 'FR-01': expected FR- followed by three digits and an optional"
                        + " lower-case letter, e.g. FR-001 or FR-006a (did you mean FR-001?)",
                FILE + ":5: ill-formed requirement id 'FR-1234': expected FR- followed by three digits and an optional"
                        + " lower-case letter, e.g. FR-001 or FR-006a",
                FILE + ":6: ill-formed requirement id 'fr-002': expected FR- followed by three digits and an optional"
                        + " lower-case letter, e.g. FR-001 or FR-006a (did you mean FR-002?)",
                FILE + ":7: bold requirement id FR-003 is not at the start of the list item: write '- **FR-003**: text'",
                FILE + ":8: requirement id 'FR-004' is not bold: write '- **FR-004**: text'",
                FILE + ":9: requirement id 'FR-005' is in italics, not bold: write '- **FR-005**: text'",
                FILE + ":10: requirement FR-006 has no text: write '- **FR-006**: The library MUST ...'",
                FILE + ":11: ill-formed requirement id 'FR-XXX': expected FR- followed by three digits and an optional"
                        + " lower-case letter, e.g. FR-001 or FR-006a",
                FILE + ":12: the bold text 'FR-008 Search' holds more than the id: write '- **FR-008**: Search ...'",
                FILE + ":14: requirement FR-007 is not a list item, so it is not read: write '- **FR-007**: text'");
    }

    @Test
    @Covers("007-FR-007")
    void listsNestedPastTheLimitAreReportedAtTheirLineAndLaterRequirementsAreKept() {
        StringBuilder deep = new StringBuilder("# Demo\n\n- **FR-001**: before the nesting\n");
        for (int level = 0; level < 50; level++) {
            deep.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        deep.append("\n- **FR-002**: after the nesting\n\n").append("- ".repeat(100_000)).append("x\n\n")
                .append("- **FR-003**: after a line of 100,000 list markers\n");

        SpecCatalog catalog = SpecFixtures.parseOne(root, deep.toString());

        assertThat(catalog.requirements()).extracting(r -> r.id().toString() + "@" + r.line())
                .containsExactly("001-FR-001@3", "001-FR-002@55", "001-FR-003@59");
        // level 31 is the 32nd level; its nested list item (level 32) opens the 33rd, on line 4 + 32
        assertThat(catalog.problems()).extracting(SpecProblem::toString).containsExactly(
                FILE + ":36: lists or quotes nested deeper than 32 levels are not read (19 line(s) from here)");
    }

    @Test
    @Covers("007-FR-007")
    void aListItemTooLongToBeARequirementIsReportedNotParsed() {
        SpecCatalog catalog = SpecFixtures.parseOne(root, "# Demo\n\n- **FR-001**: " + "[".repeat(20_000)
                + "\n- **FR-002**: a normal one\n");

        assertThat(catalog.requirements()).extracting(r -> r.id().toString()).containsExactly("001-FR-002");
        assertThat(catalog.problems()).extracting(SpecProblem::toString).containsExactly(FILE + ":3: a list item of"
                + " more than 16384 characters is not read as Markdown; a requirement is shorter");
    }

    @Test
    @Covers("001-FR-010")
    void reportsASpecWithoutRequirementsBesideOthersThatHaveThem() {
        SpecFixtures.write(root, "specs/001-demo/spec.md", "- **FR-001**: text\n");
        SpecFixtures.write(root, "specs/002-draft/spec.md", "# Draft\n\nNothing yet.\n");

        SpecCatalog catalog = SpecParser.create().parse(root);

        assertThat(catalog.problems()).extracting(SpecProblem::toString).containsExactly(
                "specs/002-draft/spec.md: no requirement found in this spec: write list items such as"
                        + " '- **FR-001**: The library MUST ...'");
        assertThat(catalog.features()).extracting(Feature::id).containsExactly("001", "002");
    }

    @Test
    @Covers({"001-FR-025", "001-FR-011"})
    void aDuplicateIdIsAnErrorOnThatIdAloneNamingBothPlacesWhileTheRestIsRead() {
        SpecFixtures.write(root, FILE, """
                - **FR-001**: first
                - **FR-002**: other

                ## Later

                - **FR-001**: again
                """);
        SpecFixtures.write(root, "specs/002-other/spec.md", "- **FR-001**: another feature may reuse the id\n");

        SpecCatalog catalog = SpecParser.create().parse(root);

        SpecProblem duplicate = new SpecProblem(FILE, 6, "duplicate requirement id FR-001 in feature 001: defined at "
                + FILE + ":1 and " + FILE + ":6; the first definition is kept, and the gate fails until one of them"
                + " gets its own id");
        assertThat(catalog.errors()).containsExactly(duplicate);
        assertThat(catalog.problems()).containsExactly(duplicate);
        assertThat(catalog.requirements()).extracting(r -> r.id() + " " + r.text() + " line " + r.line())
                .containsExactly("001-FR-001 first line 1", "001-FR-002 other line 2",
                        "002-FR-001 another feature may reuse the id line 1");
        assertThat(IdResolver.resolve(catalog, "001-FR-002", null).status()).isEqualTo(IdResolution.Status.RESOLVED);
    }

    @Test
    @Covers("001-FR-011")
    void failsWhenACatalogIsBuiltWithADuplicateId() {
        Requirement first = new Requirement(new RequirementId("006", "FR-001"), "a.md", 3, "x", "general", "P2");
        Requirement second = new Requirement(new RequirementId("006", "FR-001"), "b.md", 9, "y", "general", "P2");

        SpecParseException e = catchThrowableOfType(SpecParseException.class,
                () -> SpecCatalog.of(java.util.List.of(), java.util.List.of(first, second), java.util.List.of()));

        assertThat(e).hasMessage("""
                Requirement ids must be unique within a feature (1 error):
                  expected: each requirement id once per feature, each with its feature
                  found:    b.md:9: duplicate requirement id FR-001 in feature 006: defined at a.md:3 and b.md:9
                  where:    b.md:9
                  fix:      give one of the two requirements a free id, or put the spec in a folder named NNN-name""");
    }
}
