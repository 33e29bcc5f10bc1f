package dev.floe.testing.junit.internal.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
 * <p>It reads the main sources of every published module ({@link #CONVERTED}); a new module joins
 * {@code ThrowSites.ALL_MAIN}.
 */
class FailureMessageGuardTest {

    private static final Path ROOT = ThrowSites.ROOT;
    /** Every published module's main sources (the scorecard's {@code --all}), searched recursively. */
    static final List<Path> CONVERTED = ThrowSites.ALL_MAIN;

    /** The one file allowed a free-text throw: the helper's refusal of its own misuse. */
    private static final Path HELPER = ROOT.resolve(
            "floe-common/src/main/java/dev/floe/testing/common/internal/FailureMessage.java");

    static List<Path> convertedRoots() {
        return CONVERTED;
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
