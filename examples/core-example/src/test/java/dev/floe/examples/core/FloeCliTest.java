package dev.floe.examples.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.traceability.Covers;

/** The {@code floe artifacts show} command on artifacts the library compiles for every target. */
@FloeArtifacts(variant = ArtifactsVariant.FULL)
class FloeCliTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run floe(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = FloeCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ComputeTarget.class)
    @Covers("101-FR-005")
    void showsWhatTheArtifactsOfEveryTargetAskFor(ComputeTarget target, CompiledArtifacts artifacts) throws Exception {
        Path file = dir.resolve("compiled_artifacts.json");
        artifacts.write(file);

        Run run = floe("artifacts", "show", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                target:        %s
                catalog:       polaris %s
                consumption:   cube on port %d
                observability: traces, metrics, lineage
                """.formatted(target.value(), artifacts.catalog().uri(), artifacts.consumption().port()));
    }

    @Test
    @Covers("101-FR-005")
    void showsStandaloneArtifactsAsHavingNoCatalogAndNoObservability(
            @FloeArtifacts(target = ComputeTarget.DUCKDB) CompiledArtifacts artifacts) throws Exception {
        Path file = dir.resolve("standalone.json");
        Files.writeString(file, artifacts.toJson());

        assertThat(floe("artifacts", "show", file.toString()).out()).isEqualTo("""
                target:        duckdb
                catalog:       none
                consumption:   disabled
                observability: off
                """);
    }

    @Test
    @Covers("101-FR-006")
    void malformedArtifactsExitWithTwoNamingTheFile() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"compute\": {\"target\": \"duckdb\",\n");

        Run run = floe("artifacts", "show", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("floe: cannot read " + file + ": not valid JSON (line 2)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @Covers("101-FR-006")
    void aMissingFileExitsWithTwoNamingIt() {
        Path file = dir.resolve("nowhere.json");

        Run run = floe("artifacts", "show", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("floe: cannot read " + file + ": no such file" + System.lineSeparator());
    }
}
