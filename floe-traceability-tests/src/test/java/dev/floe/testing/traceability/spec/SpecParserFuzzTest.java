package dev.floe.testing.traceability.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.spec.internal.IdResolution;
import dev.floe.testing.traceability.spec.internal.IdResolver;
import dev.floe.testing.traceability.testing.BoundedRun;
import dev.floe.testing.traceability.testing.TempTree;

/**
 * No input makes the parser hang or throw anything but {@link SpecParseException}. The input is the
 * bytes of a spec file; its first line doubles as an id written in {@code @Covers}.
 *
 * <p>Without {@code JAZZER_FUZZ=1} (as in CI) Jazzer runs the seeds in
 * {@code src/test/resources/.../SpecParserFuzzTestInputs/parsesAnyInput/} and the empty input; with it,
 * it fuzzes for {@code maxDuration}. Each input is bounded by {@link #PER_INPUT_SECONDS} in both modes.
 */
class SpecParserFuzzTest {

    private static final Path ROOT = tempRoot();
    private static final Path SPEC = ROOT.resolve("specs/001-fuzz/spec.md");
    private static final long PER_INPUT_SECONDS = 10;
    private static final BoundedRun WORKER = new BoundedRun("spec-fuzz-worker", PER_INPUT_SECONDS);

    @FuzzTest(maxDuration = "30s")
    @Covers("001-FR-012")
    void parsesAnyInput(byte[] input) throws Throwable {
        WORKER.run(input, () -> {
            check(input);
            return null;
        });
    }

    private static void check(byte[] input) throws IOException {
        Files.write(SPEC, input);
        SpecCatalog catalog;
        try {
            catalog = SpecParser.create().parse(ROOT);
        }
        catch (SpecParseException expected) {
            assertThat(expected.getMessage()).contains("specs/001-fuzz/spec.md");
            return;
        }
        assertThat(catalog.features()).extracting(Feature::id).containsExactly("001");
        for (Requirement requirement : catalog.requirements()) {
            assertThat(requirement.id().feature()).isEqualTo("001");
            assertThat(requirement.line()).isPositive();
            assertThat(requirement.text()).isNotBlank().isEqualTo(requirement.text().strip());
            assertThat(requirement.category()).matches("[\\p{L}\\p{N}_]+");
            assertThat(requirement.priority()).matches("P[1-3]");
        }
        for (SpecProblem problem : catalog.problems()) {
            assertThat(problem.file()).isEqualTo("specs/001-fuzz/spec.md");
            assertThat(problem.line()).isNotNegative();
        }
        String firstLine = new String(input, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        resolveEverywhere(catalog, firstLine);
    }

    private static void resolveEverywhere(SpecCatalog catalog, String id) {
        for (String defaultFeature : new String[] { null, "001", "999" }) {
            IdResolution resolution = IdResolver.resolve(catalog, id, defaultFeature);
            assertThat(resolution.status()).isNotNull();
            if (resolution.isResolved()) {
                assertThat(catalog.find(resolution.id())).isPresent();
            }
            else {
                assertThat(resolution.message()).isNotBlank();
            }
        }
    }

    private static Path tempRoot() {
        Path root = TempTree.create("floe-spec-fuzz");
        try {
            Files.createDirectories(root.resolve("specs/001-fuzz"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    @AfterAll
    static void cleanUp() throws IOException {
        WORKER.close();
        TempTree.delete(ROOT);
    }
}
