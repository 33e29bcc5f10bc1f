package dev.floe.testing.junit.internal.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.floe.testing.junit.traceability.Covers;

/**
 * Every throw in the converted main sources builds its message through {@code FailureMessage} (the one form: summary,
 * then expected, found, where and fix), directly or through a message class. A site passes when
 * <ol>
 *   <li>its arguments call a message class (a class whose source calls {@code FailureMessage.summary(}, such as
 *       {@code ShouldHaveValidValue.shouldHaveValidValue(...)}) or {@code FailureMessage} itself, or</li>
 *   <li>its exception type's constructor hands {@code super(...)} a message class's text, built from structured
 *       parts ({@code new InvalidArtifactsException(source, path, expected, found, cause)}), or</li>
 *   <li>it passes on an already formed message with its cause: {@code new X(e.getMessage(), e)}.</li>
 * </ol>
 * Anything else (a message written as free text) fails the test, which names file and line. {@code FailureMessage}'s
 * own refusal of a blank part is the one exception: it cannot build through itself.
 *
 * <p>To convert another package, add its source folder to {@link #CONVERTED}.
 */
class FailureMessageGuardTest {

    private static final Path ROOT = ThrowSites.ROOT;
    private static final Path FIXTURES = ROOT.resolve("floe-fixtures/src/main/java/dev/floe/testing/fixtures");

    /** The source folders whose every throw is converted; folders are searched recursively. */
    static final List<Path> CONVERTED = List.of(
            ROOT.resolve("floe-common/src/main/java"),
            ROOT.resolve("floe-junit-extension/src/main/java"),
            FIXTURES.resolve("artifacts"),
            FIXTURES.resolve("observability"),
            FIXTURES.resolve("internal"),
            ROOT.resolve("floe-traceability/src/main/java"),
            ROOT.resolve("floe-traceability-junit/src/main/java"),
            ROOT.resolve("floe-traceability-maven-plugin/src/main/java"));

    /** The one file allowed a free-text throw: the helper's refusal of its own misuse. */
    private static final Path HELPER = ROOT.resolve(
            "floe-common/src/main/java/dev/floe/testing/common/internal/FailureMessage.java");

    /** The converted folders, and floe-fixtures' top-level classes (not its services package, converted later). */
    static List<Path> convertedRoots() throws IOException {
        List<Path> roots = new ArrayList<>(CONVERTED);
        try (Stream<Path> top = Files.list(FIXTURES)) {
            top.filter(f -> f.toString().endsWith(".java")).sorted().forEach(roots::add);
        }
        return roots;
    }

    @Test
    @Covers("007-FR-010")
    void everyThrowInTheConvertedSourcesBuildsItsMessageThroughTheHelper() throws IOException {
        List<ThrowSites.Site> sites = ThrowSites.load().sitesUnder(convertedRoots());

        assertThat(sites).as("throw sites found in the converted sources").hasSizeGreaterThan(50);
        assertThat(sites.stream().filter(s -> s.rule() == ThrowSites.Rule.FREE_TEXT && !s.file().equals(HELPER))
                .map(s -> s.location() + ": new " + s.type() + "(" + s.arguments().lines().findFirst().orElse("") + " ...)"))
                .as("throw sites whose message is free text, not built by FailureMessage or a message class")
                .isEmpty();
    }

    @Test
    @Covers("007-FR-010")
    void aFreeTextMessageIsCaughtNamingFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("Bad.java"), """
                class Bad {
                    void check(String key) {
                        // throw new IllegalStateException("in a comment: not a site");
                        if (key == null) {
                            throw new IllegalArgumentException("key is missing");
                        }
                        throw new IllegalStateException(ShouldHaveValidValue.shouldHaveValidValue(null, "e", null, "f"));
                    }
                }
                """);

        List<ThrowSites.Site> sites = ThrowSites.load().sitesIn(file);

        assertThat(sites).extracting(ThrowSites.Site::line, ThrowSites.Site::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, ThrowSites.Rule.FREE_TEXT),
                org.assertj.core.groups.Tuple.tuple(7, ThrowSites.Rule.MESSAGE_CLASS));
    }
}
