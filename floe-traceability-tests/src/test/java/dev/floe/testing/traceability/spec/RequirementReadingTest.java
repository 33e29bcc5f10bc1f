package dev.floe.testing.traceability.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;

class RequirementReadingTest {

    @TempDir
    Path root;

    @Test
    @Covers("001-FR-005")
    void readsEveryKindOfListItemThatStartsWithABoldId() {
        SpecCatalog catalog = SpecFixtures.parseOne(root, """
                # Demo

                - **FR-001**: dash bullet
                * **FR-002**: star bullet
                + **FR-003**: plus bullet

                1. **FR-004**: numbered item
                2) **FR-005**: numbered with parenthesis

                - **FR-006:** colon inside the bold
                - **FR-006a**: suffixed id
                - Topic
                  - **FR-007**: nested one level
                    - **FR-008**: nested two levels
                """);

        assertThat(catalog.requirements()).extracting(r -> r.id().toString(), Requirement::text).containsExactly(
                tuple("001-FR-001", "dash bullet"),
                tuple("001-FR-002", "star bullet"),
                tuple("001-FR-003", "plus bullet"),
                tuple("001-FR-004", "numbered item"),
                tuple("001-FR-005", "numbered with parenthesis"),
                tuple("001-FR-006", "colon inside the bold"),
                tuple("001-FR-006a", "suffixed id"),
                tuple("001-FR-007", "nested one level"),
                tuple("001-FR-008", "nested two levels"));
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    @Covers("001-FR-005")
    void readsTaskListItemsAndOtherSeparators() {
        SpecCatalog catalog = SpecFixtures.parseOne(root, """
                - [ ] **FR-001**: an open task
                - [x] **FR-002**: a done task
                - **FR-003** – an en dash
                - __FR-004__: underscores for bold
                - **FR-005** no separator at all
                """);

        assertThat(catalog.requirements()).extracting(r -> r.id().local(), Requirement::text).containsExactly(
                tuple("FR-001", "an open task"),
                tuple("FR-002", "a done task"),
                tuple("FR-003", "an en dash"),
                tuple("FR-004", "underscores for bold"),
                tuple("FR-005", "no separator at all"));
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    @Covers("001-FR-006")
    void keepsContinuationLinesLazyLinesAndNestedContentInTheText() {
        SpecCatalog catalog = SpecFixtures.parseOne(root, """
                # Demo

                ## Requirements

                - **FR-001**: The library MUST wrap
                  onto an indented continuation line.
                - **FR-002**: The library MUST accept
                a lazy continuation line.
                - **FR-003**: The library MUST support:
                  - DuckDB
                  - `snowflake` targets

                  with a second paragraph.
                - **FR-004**: The library MUST keep *emphasis*, [links](https://example.org) and `code`.
                """);

        assertThat(catalog.requirements()).extracting(Requirement::line, Requirement::text).containsExactly(
                tuple(5, "The library MUST wrap onto an indented continuation line."),
                tuple(7, "The library MUST accept a lazy continuation line."),
                tuple(9, "The library MUST support: - DuckDB - `snowflake` targets with a second paragraph."),
                tuple(14, "The library MUST keep emphasis, links and `code`."));
        assertThat(catalog.requirements()).allSatisfy(r -> assertThat(r.specFile()).isEqualTo("specs/001-demo/spec.md"));
    }

    @Test
    @Covers("001-FR-006")
    void readsASpecSavedWithAByteOrderMarkAndWindowsLineEnds() {
        SpecCatalog catalog = SpecFixtures.parseOne(root, "\uFEFF# Windows\r\n\r\n## Requirements\r\n\r\n"
                + "- **FR-001**: The library MUST read CRLF\r\n  line ends.\r\n- **FR-002**: Second.\r\n");

        assertThat(catalog.features()).extracting(Feature::name).containsExactly("Windows");
        assertThat(catalog.requirements()).extracting(Requirement::line, Requirement::text, Requirement::category)
                .containsExactly(tuple(5, "The library MUST read CRLF line ends.", "requirements"),
                        tuple(7, "Second.", "requirements"));
    }

    @Test
    @Covers("001-FR-006")
    void leavesANestedRequirementOutOfItsParentsText() {
        SpecCatalog catalog = SpecFixtures.parseOne(root, """
                - **FR-001**: Parent text.
                  - detail that belongs to the parent
                  - **FR-002**: A requirement of its own.
                """);

        assertThat(catalog.requirements()).extracting(r -> r.id().local(), Requirement::text, Requirement::line)
                .containsExactly(
                        tuple("FR-001", "Parent text. - detail that belongs to the parent", 1),
                        tuple("FR-002", "A requirement of its own.", 3));
    }

    @Test
    @Covers("001-FR-007")
    void ignoresIdsInProseTablesQuotesCodeAndComments() {
        SpecCatalog catalog = SpecFixtures.parseOne(root, """
                # Demo

                See **FR-090** for details, and FR-091 too.

                | id | text |
                |----|------|
                | **FR-092** | in a table |

                > - **FR-093**: in a block quote

                ```markdown
                - **FR-094**: in a fenced code block
                ```

                Indented code follows:

                    - **FR-095**: in an indented code block

                <!--
                - **FR-096**: in an HTML comment
                -->

                - **FR-001**: the only requirement, after all of them
                """);

        assertThat(catalog.requirements()).extracting(r -> r.id().toString()).containsExactly("001-FR-001");
        assertThat(catalog.requirements().get(0).line()).isEqualTo(23);
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    @Covers("001-FR-007")
    void keepsReadingItemsAfterACodeBlock() {
        SpecCatalog catalog = SpecFixtures.parseOne(root, """
                - **FR-001**: before the code

                ```
                not markdown
                ```

                - **FR-002**: after the code
                """);

        assertThat(catalog.requirements()).extracting(Requirement::text, Requirement::line)
                .containsExactly(tuple("before the code", 1), tuple("after the code", 7));
    }

    @Test
    @Covers("001-FR-008")
    void takesTheCategoryFromTheNearestHeading() {
        SpecCatalog catalog = SpecFixtures.parseOne(root, """
                - **FR-001**: before any heading

                # Demo

                ## Requirements

                #### Observability Verification

                - **FR-002**: a contract category

                #### Standalone-First / Graceful Degradation Testing

                - **FR-003**: a contract category named with more words

                #### Production Configuration Validation

                - **FR-004**: a contract category written longer

                ### Schema Definition (FloeSpec)

                - **FR-005**: no contract category: a slug

                ## Other

                - **FR-006**: a higher heading replaces the deeper ones
                """);

        assertThat(catalog.requirements()).extracting(Requirement::category).containsExactly(
                "general", "observability", "standalone_first", "production_config", "schema_definition_floespec",
                "other");
    }

    @Test
    @Covers("001-FR-009")
    void takesThePriorityWhereTheSpecStatesIt() {
        SpecCatalog catalog = SpecFixtures.parseOne(root, """
                ## Requirements

                - **FR-001** (P1): marked after the id
                - **FR-002 (P3)**: marked inside the bold
                - **FR-003**: marked in the text. **Priority**: P1
                - **FR-004**: not marked

                ### Nice to have (Priority: P3)

                - **FR-005**: marked by the heading
                - **FR-006** [P1]: the item wins over the heading
                """);

        assertThat(catalog.requirements()).extracting(r -> r.id().local(), Requirement::priority, Requirement::text)
                .containsExactly(
                        tuple("FR-001", "P1", "marked after the id"),
                        tuple("FR-002", "P3", "marked inside the bold"),
                        tuple("FR-003", "P1", "marked in the text. Priority: P1"),
                        tuple("FR-004", "P2", "not marked"),
                        tuple("FR-005", "P3", "marked by the heading"),
                        tuple("FR-006", "P1", "the item wins over the heading"));
    }

    @Test
    @Covers("001-FR-004")
    void namesTheFeatureAfterTheTitleOrElseTheFolder() {
        SpecFixtures.write(root, "specs/001-titled/spec.md", """
                # Feature Specification: Titled Feature

                - **FR-001**: text
                """);
        SpecFixtures.write(root, "specs/002-untitled-feature/spec.md", """
                ## Requirements

                - **FR-001**: text
                """);

        SpecCatalog catalog = SpecParser.create().parse(root);

        assertThat(catalog.features()).containsExactly(
                new Feature("001", "Titled Feature", "specs/001-titled/spec.md"),
                new Feature("002", "untitled-feature", "specs/002-untitled-feature/spec.md"));
        assertThat(catalog.requirements()).extracting(r -> r.id().toString()).containsExactly("001-FR-001", "002-FR-001");
    }

    @Test
    @Covers("001-FR-005")
    void acceptsAFeatureScopedIdOfItsOwnFeature() {
        SpecCatalog catalog = SpecFixtures.parseOne(root, """
                - **001-FR-001**: scoped to this feature
                - **006-FR-002**: scoped to another feature
                """);

        assertThat(catalog.requirements()).extracting(r -> r.id().toString()).containsExactly("001-FR-001");
        assertThat(catalog.problems()).extracting(SpecProblem::toString).containsExactly(
                "specs/001-demo/spec.md:2: requirement id 006-FR-002 names feature 006, but this spec is feature 001:"
                        + " write FR-002");
    }
}
