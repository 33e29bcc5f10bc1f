package dev.floe.testing.junit.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.common.internal.ConfigurationException;
import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.junit.traceability.TraceabilityKeys;

class TraceabilityConfigurationTest {

    static class OneTestCase {
        @Test
        @Covers("FR-001")
        void one() {
        }
    }

    private static TraceabilitySettings settings(Map<String, String> junit) {
        return TraceabilitySettings.from(FloeConfiguration.of(Map.of(), Map.of(), junit), Path.of(""),
                SpecSource.fixed(ListenerRuns.ROOT, ListenerRuns.specs("FR-001")));
    }

    @Test
    @Covers({ "002-FR-003", "002-FR-021" })
    void defaultsNeedNoConfiguration() {
        TraceabilitySettings settings = settings(Map.of());

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.outputDir()).isEqualTo(Path.of("target/floe-traceability").toAbsolutePath());
        assertThat(settings.exclusionsFile()).isEqualTo(ListenerRuns.ROOT.resolve("specs/traceability-exclusions.json"));
        assertThat(settings.module()).isEqualTo("floe-traceability-tests");
        assertThat(settings.partialDetection()).isEqualTo(PartialDetection.AUTO);
        assertThat(settings.defaultFeature()).isNull();
        assertThat(settings.runId()).matches("(mvn|jvm)-\\d+-\\d+");
    }

    @Test
    @Covers("002-FR-021")
    void anIllFormedValueFailsNamingKeySourceAndAcceptedForm() {
        assertThatThrownBy(() -> settings(Map.of(TraceabilityKeys.DEFAULT_FEATURE, "4")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Invalid value '4' for floe.traceability.default-feature.\n")
                .hasMessageContaining("\n  expected: a three-digit feature id like 004\n")
                .hasMessageContaining("\n  where:    floe.traceability.default-feature (from JUnit configuration parameter"
                        + " floe.traceability.default-feature)\n");
        assertThatThrownBy(() -> settings(Map.of(TraceabilityKeys.PARTIAL_DETECTION, "sometimes")))
                .hasMessageStartingWith("Invalid value 'sometimes' for floe.traceability.partial-detection.\n")
                .hasMessageContaining("\n  expected: one of auto, selectors\n");
    }

    @Test
    @Covers("002-FR-003")
    void switchedOffItRecordsAndWritesNothing(@TempDir Path out) {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001")).with(TraceabilityKeys.ENABLED, "false");

        runs.run(List.of(selectClass(OneTestCase.class)));

        assertThat(runs.runtime().lastResult()).isNull();
        assertThat(out.resolve("fragments")).doesNotExist();
    }

    @Test
    @Covers("002-FR-021")
    void anInvalidValueSwitchesTraceabilityOffForThatPlanWithoutFailingTheRun(@TempDir Path out) {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001"))
                .with(TraceabilityKeys.DEFAULT_FEATURE, "four");

        runs.run(List.of(selectClass(OneTestCase.class)));

        assertThat(runs.runtime().lastResult()).isNull();
        assertThat(out.resolve("traceability-matrix.json")).doesNotExist();
    }

    @Test
    @Covers("009-FR-009")
    void theSourceUrlKeyMakesTheListenersSpecLinksOpenTheRepositoryLine(@TempDir Path out) throws Exception {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001"))
                .with(TraceabilityKeys.SOURCE_URL, "https://github.com/floe-dev/floe-testing/blob/main");

        runs.run(List.of(selectClass(OneTestCase.class)));

        assertThat(java.nio.file.Files.readString(out.resolve("index.html")))
                .contains("<a href=\"https://github.com/floe-dev/floe-testing/blob/main/specs/900-fixture/spec.md#L5\">");
        assertThatThrownBy(() -> settings(Map.of(TraceabilityKeys.SOURCE_URL, "https://me:s3cret@github.com/o/r")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("floe.traceability.source-url").hasMessageNotContaining("s3cret")
                .hasMessageContaining("expected: a repository browse URL without credentials");
    }
}
