package dev.floe.testing.junit.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;

/** {@code floe.traceability.exclusions}: a file the configuration names must exist. */
class ExclusionsSettingTest {

    @TempDir
    Path out;

    @Test
    @Covers("003-FR-028")
    void aConfiguredExclusionsFileThatIsMissingIsReportedNamingThePathAndTheKey() {
        Path missing = out.resolve("specs/traceability-exclusion.json");
        ListenerRuns runs = new ListenerRuns(out.resolve("reports"), ListenerRuns.specs("FR-001"))
                .with("floe.traceability.exclusions", missing.toString());

        runs.run(List.of(selectClass(OneTestCase.class)));

        assertThat(runs.runtime().lastResult().matrix().problems()).contains("Exclusions file " + missing
                + " does not exist. | expected: a JSON file such as {\"exclusions\": [{\"id\": \"006-FR-004\","
                + " \"reason\": \"...\", \"owner\": \"...\", \"expires\": \"2027-03-31\"}]} | found: no file at " + missing
                + " | where: floe.traceability.exclusions (from JUnit configuration parameter floe.traceability.exclusions)"
                + " | fix: correct the path, create the file, or remove the setting to run without exclusions");
    }

    @Test
    @Covers("003-FR-028")
    void anAbsentFileAtTheDefaultPlaceMeansNoExclusions() {
        ListenerRuns runs = new ListenerRuns(out.resolve("reports"), ListenerRuns.specs("FR-001"));

        runs.run(List.of(selectClass(OneTestCase.class)));

        assertThat(ListenerRuns.ROOT.resolve("specs/traceability-exclusions.json")).doesNotExist();
        assertThat(runs.runtime().lastResult().matrix().problems()).noneMatch(p -> p.contains("Exclusions file"));
    }

    static class OneTestCase {

        @Test
        void passes() {
        }
    }
}
