package dev.floe.testing.junit.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.internal.api.PublicTypes.PublicType;
import dev.floe.testing.junit.traceability.Covers;

/**
 * Every public top-level type of the published modules carries {@code @API(status = ..., since = ...)}, and every
 * public type in an {@code internal} package has status INTERNAL: what a consumer may rely on is said on the type,
 * and nothing in an internal package promises more than INTERNAL. The test reads the sources ({@link PublicTypes})
 * and names each file that breaks either rule.
 *
 * <p>{@link ApiSurface} prints the figures this guard keeps honest; docs/architecture.md explains the statuses.
 */
class ApiStatusGuardTest {

    @Test
    @Covers("007-FR-011")
    void everyPublicTypeOfThePublishedModulesCarriesAnApiStatusAndAnInternalPackageOnlyInternalOnes()
            throws IOException {
        List<PublicType> types = PublicTypes.ofPublishedModules(PublicTypes.ROOT);

        assertThat(types).as("public top-level types found in the published modules").hasSizeGreaterThan(200);
        assertThat(PublicTypes.PUBLISHED_MODULES).as("the guarded modules: the BOM's artifacts, in the same order")
                .containsExactlyElementsOf(bomArtifacts());
        assertThat(types).extracting(PublicType::module).containsAll(PublicTypes.PUBLISHED_MODULES);
        assertThat(problems(types))
                .as("public types without @API(status, since), or not INTERNAL in an internal package").isEmpty();
    }

    @Test
    @Covers("007-FR-011")
    void aMissingStatusAndAPromiseInAnInternalPackageAreNamedByFile(@TempDir Path root) throws IOException {
        Path sources = Files.createDirectories(root.resolve("floe-fixtures/src/main/java/dev/floe/testing/fixtures"));
        Files.createDirectories(sources.resolve("internal"));
        Files.writeString(sources.resolve("Marked.java"), """
                package dev.floe.testing.fixtures;

                import static org.apiguardian.api.API.Status.STABLE;

                import org.apiguardian.api.API;

                /** Carries both parts. */
                @API(status = STABLE, since = "0.1.0")
                public final class Marked {
                }
                """);
        Files.writeString(sources.resolve("OnlyAMethodMarked.java"), """
                package dev.floe.testing.fixtures;

                import org.apiguardian.api.API;

                /** An @API(status = STABLE, since = "0.1.0") in a comment does not count, nor one on a method. */
                public interface OnlyAMethodMarked {
                    @API(status = API.Status.INTERNAL, since = "0.1.0")
                    void plumbing();
                }
                """);
        Files.writeString(sources.resolve("NoSince.java"), """
                package dev.floe.testing.fixtures;

                @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED)
                public record NoSince(String value) {
                }
                """);
        Files.writeString(sources.resolve("internal/Promised.java"), """
                package dev.floe.testing.fixtures.internal;

                @API(status = EXPERIMENTAL, since = "0.1.0")
                public sealed interface Promised permits Hidden {
                }
                """);
        Files.writeString(sources.resolve("internal/Hidden.java"), """
                package dev.floe.testing.fixtures.internal;

                @API(status = INTERNAL, since = "0.1.0")
                public final class Hidden implements Promised {
                }
                """);
        Files.writeString(sources.resolve("internal/PackagePrivate.java"), """
                package dev.floe.testing.fixtures.internal;

                final class PackagePrivate {
                }
                """);

        List<String> problems = problems(PublicTypes.ofPublishedModules(root));

        String dir = "floe-fixtures/src/main/java/dev/floe/testing/fixtures/";
        assertThat(problems).containsExactly(
                dir + "NoSince.java: @API names no since version",
                dir + "OnlyAMethodMarked.java: public type without @API(status = ..., since = ...)",
                dir + "internal/Promised.java: status EXPERIMENTAL in an internal package (must be INTERNAL)");
    }

    /** The artifact ids that floe-testing-bom manages: what a consumer or an integrator can depend on. */
    private static List<String> bomArtifacts() throws IOException {
        String bom = Files.readString(PublicTypes.ROOT.resolve("floe-testing-bom/pom.xml"));
        String managed = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));
        return Pattern.compile("<artifactId>([\\w.-]+)</artifactId>").matcher(managed).results()
                .map(m -> m.group(1)).toList();
    }

    /** One line per broken rule, {@code path: what is wrong}, the path relative to the repository root. */
    static List<String> problems(List<PublicType> types) {
        List<String> problems = new ArrayList<>();
        for (PublicType type : types) {
            String file = type.file().toString().replace('\\', '/');
            if (type.api().isEmpty()) {
                problems.add(file + ": public type without @API(status = ..., since = ...)");
                continue;
            }
            PublicTypes.Api api = type.api().get();
            if (api.status().isEmpty()) {
                problems.add(file + ": @API names no status");
            }
            if (api.since().isBlank()) {
                problems.add(file + ": @API names no since version");
            }
            if (type.inInternalPackage() && !api.status().equals("INTERNAL")) {
                problems.add(file + ": status " + api.status() + " in an internal package (must be INTERNAL)");
            }
        }
        return problems;
    }
}
