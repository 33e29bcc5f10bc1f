package dev.floe.testing.traceability.exclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.exclusion.internal.ExclusionsFile;

class ExclusionsFileTest {

    @Test
    @Covers("002-FR-014")
    void readsExclusionsSortedById(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("exclusions.json"), """
                {"exclusions": [
                  {"id": "006-FR-004", "reason": "needs Docker", "owner": "ops", "expires": "2027-03-31"},
                  {"id": "FR-001", "reason": "later", "owner": "lead", "expires": "2026-12-01"}
                ]}""");

        assertThat(ExclusionsFile.read(file)).containsExactly(
                new Exclusion("006-FR-004", "needs Docker", "ops", LocalDate.parse("2027-03-31")),
                new Exclusion("FR-001", "later", "lead", LocalDate.parse("2026-12-01")));
    }

    @Test
    @Covers("002-FR-014")
    void aMissingFileMeansNoExclusions(@TempDir Path dir) {
        assertThat(ExclusionsFile.read(dir.resolve("none.json"))).isEmpty();
    }

    @Test
    @Covers("002-FR-014")
    void failsNamingTheFileAndJsonPath() {
        assertThatThrownBy(() -> ExclusionsFile.parse("""
                {"exclusions": [{"id": "006-FR-004", "reason": "r", "owner": "o", "expires": "2027-03-31"},
                                {"id": "006-FR-005", "reason": "r", "owner": "o", "expires": "next year"}]}""", "x.json"))
                .isInstanceOf(ExclusionsException.class)
                .hasMessage("Invalid exclusions file x.json: $.exclusions[1].expires must be a date like 2027-03-31.\n"
                        + "  expected: a date like 2027-03-31\n"
                        + "  found:    'next year'\n"
                        + "  where:    $.exclusions[1].expires in x.json\n"
                        + "  fix:      correct the entry: every exclusion needs id, reason, owner and expires, e.g. {\"id\": \"006-FR-004\", \"reason\": \"...\", \"owner\": \"...\", \"expires\": \"2027-03-31\"}");
        assertThatThrownBy(() -> ExclusionsFile.parse("{\"exclusions\": [{\"id\": \"FR-1\"}]}", "x.json"))
                .hasMessageContaining("expected: a requirement id such as FR-024, FR-006a or 006-FR-024\n")
                .hasMessageContaining("found:    'FR-1'\n")
                .hasMessageContaining("where:    $.exclusions[0].id in x.json\n");
        assertThatThrownBy(() -> ExclusionsFile.parse("{\"exclusions\": [{\"id\": \"FR-001\", \"reason\": \" \"}]}", "x.json"))
                .hasMessageContaining("expected: a non-blank string\n")
                .hasMessageContaining("found:    ' '\n")
                .hasMessageContaining("where:    $.exclusions[0].reason in x.json\n")
                .hasMessageContaining("fix:      correct the entry: every exclusion needs id, reason, owner and expires");
        assertThatThrownBy(() -> ExclusionsFile.parse("[1,", "x.json"))
                .hasMessageStartingWith("Corrupt exclusions file x.json: not valid JSON at line 1, column ")
                .hasMessageContaining("where:    x.json:1:");
    }
}
