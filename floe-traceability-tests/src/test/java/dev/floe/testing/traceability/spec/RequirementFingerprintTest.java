package dev.floe.testing.traceability.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;

class RequirementFingerprintTest {

    @TempDir
    Path root;

    @Test
    @Covers("001-FR-016")
    void isTheSha256OfTheNormalisedText() {
        Requirement requirement = new Requirement(new RequirementId("001", "FR-001"), "specs/001-a/spec.md", 3,
                "  The library\u00a0MUST   read specs. ", "general", "P2");

        // sha256("The library MUST read specs.")
        assertThat(requirement.fingerprint())
                .isEqualTo("b2d808d18adbeaa9ef21c64ca4ae6186d3f224f57aacb4a0e1c93a06c76fd98e");
    }

    @Test
    @Covers("001-FR-016")
    void staysWhenTheRequirementMovesOrIsRewrappedAndChangesWithItsWords() {
        SpecCatalog before = SpecFixtures.parseOne(root, """
                - **FR-001**: The library MUST read specs
                  written over two lines.
                - **FR-002**: The library MUST report problems.
                """);
        SpecCatalog after = SpecFixtures.parseOne(root, """
                # Now with a title

                - **FR-002**: The library MUST report all problems.
                - **FR-007**: The library MUST read specs written over two lines.
                """);

        Requirement moved = after.find("001-FR-007").orElseThrow();
        assertThat(moved.fingerprint()).isEqualTo(before.find("001-FR-001").orElseThrow().fingerprint());
        assertThat(after.find("001-FR-002").orElseThrow().fingerprint())
                .isNotEqualTo(before.find("001-FR-002").orElseThrow().fingerprint());
        assertThat(moved.fingerprint()).hasSize(64).matches("[0-9a-f]+");
    }
}
