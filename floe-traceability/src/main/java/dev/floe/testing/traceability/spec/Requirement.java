package dev.floe.testing.traceability.spec;

import static org.apiguardian.api.API.Status.MAINTAINED;

import dev.floe.testing.common.internal.ShouldNotHappen;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One functional requirement read from a Markdown spec.
 *
 * @param id       feature-scoped id, e.g. {@code 006-FR-024}
 * @param specFile path of the spec relative to the build root, with {@code /}
 * @param line     1-based line of the requirement's list item
 * @param text     the full text (continuation lines joined), without the bold id
 * @param category from the nearest heading, e.g. {@code observability}
 * @param priority {@code P1}..{@code P3}; {@code P2} when the spec does not say
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Requirement(RequirementId id, String specFile, int line, String text, String category,
        String priority) {

    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    /**
     * The SHA-256, as 64 lower-case hex digits, of the normalised text: Unicode NFC, runs of white
     * space (Unicode white space, no-break space included) as one space, trimmed. It stays the same when the requirement moves, is renumbered or
     * its lines are wrapped differently, and changes when its words change, so a test linked to an
     * older fingerprint can be flagged as a suspect link.
     */
    public String fingerprint() {
        String normalised = SPACES.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(ShouldNotHappen.shouldNotHappen("Hashing a requirement's text",
                    "SHA-256, which every Java platform provides", specFile + ":" + line, e), e);
        }
    }
}
