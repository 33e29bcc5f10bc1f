package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The one form of every failure message: a summary line, then aligned labelled lines of which
 * {@code expected:}, {@code found:}, {@code where:} and {@code fix:} are always present, with extra detail
 * lines (a probe, the attempts) between {@code where} and {@code fix}:
 *
 * <pre>
 * Invalid value for floe.services.polaris.timeout.
 *   expected: a duration such as 30s, 2m or PT30S
 *   found:    'soon'
 *   where:    floe.services.polaris.timeout (from system property floe.services.polaris.timeout)
 *   fix:      set it to a duration
 * </pre>
 *
 * <p>The steps are typed, so a message without one of the four parts does not compile:
 * {@code FailureMessage.summary(s).expected(e).found(f).where(w).fix(x)}; a null or blank part fails with an
 * error naming it. Every part passes through {@link SecretText#maskUrls(String)}, and
 * {@link Found#foundValue(String, String)} masks a secret key's whole value, so no secret is shown.
 * Message classes (one per message, as AssertJ's {@code ShouldXxx}) build their text here.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class FailureMessage {

    private static final String INDENT = "  ";

    private final String summary;
    private final List<String[]> lines;

    private FailureMessage(String summary, List<String[]> lines) {
        this.summary = summary;
        this.lines = lines;
    }

    /** Starts a message with its first line, which says what failed in one sentence. */
    public static Expected summary(String summary) {
        required("summary", summary);
        return expected -> found -> where -> fix -> {
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] { "expected", required("expected", expected) });
            lines.add(new String[] { "found", required("found", found) });
            lines.add(new String[] { "where", required("where", where) });
            lines.add(new String[] { "fix", required("fix", fix) });
            return new FailureMessage(summary, lines);
        };
    }

    /** {@code value} in single quotes, or {@code null} without quotes, as a found value is shown. */
    public static String quote(Object value) {
        return value == null ? "null" : "'" + value + "'";
    }

    /**
     * {@code text} on one line, for a log line or a nested detail: a message of this form becomes its summary and
     * what was found ({@code Zipkin could not be read: GET url; found: ConnectException: ...}), any other text has its
     * line breaks and runs of white space replaced by single spaces.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("found:")) {
                return lines[0].strip() + "; found: " + line.substring("found:".length()).strip();
            }
        }
        return text.replace("\n", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * {@code text} whole on one line, for a line of a list or of a command line's output: its lines joined by
     * {@code " | "}, the labels' alignment dropped ({@code Invalid x. | expected: a | found: 'b' | where: c | fix: d}).
     * Unlike {@link #oneLine(String)}, nothing is left out.
     */
    public static String joined(String text) {
        if (text == null) {
            return null;
        }
        return text.strip().replaceAll("\\s*\\R\\s*", " | ").replaceAll("(\\| [a-z][a-z -]*:) +", "$1 ");
    }

    /**
     * This message with one more labelled line (a probe, the attempts, the cause), shown after {@code where}
     * and before {@code fix}; a null or blank text adds nothing.
     */
    public FailureMessage detail(String label, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String[]> more = new ArrayList<>(lines);
        more.add(more.size() - 1, new String[] { required("label", label).strip(), text });
        return new FailureMessage(summary, more);
    }

    /** The message's text: the summary line, then the labelled lines with their values in one column. */
    @Override
    public String toString() {
        int width = 0;
        for (String[] line : lines) {
            width = Math.max(width, line[0].length() + 1);
        }
        StringBuilder text = new StringBuilder(SecretText.maskUrls(summary.strip()));
        String continuation = "\n" + INDENT + " ".repeat(width + 1);
        for (String[] line : lines) {
            String label = line[0] + ":";
            String value = SecretText.maskUrls(line[1].strip());
            text.append('\n').append(INDENT).append(label).append(" ".repeat(width - label.length() + 1))
                    .append(value.replace("\n", continuation));
        }
        return text.toString();
    }

    private static String required(String part, String text) {
        if (text == null || text.isBlank()) {
            // the one throw that cannot build through this class: it is this class's own misuse
            throw new IllegalArgumentException("A failure message needs a non-blank '" + part + "' part, found "
                    + (text == null ? "null" : "'" + text + "'") + " (fix: say what the '" + part + "' is).");
        }
        return text;
    }

    /** The step that takes what was expected. */
    @FunctionalInterface
    public interface Expected {

        /** What the input should have been: a form, a range, a list of accepted values. */
        Found expected(String expected);
    }

    /** The step that takes what was found. */
    @FunctionalInterface
    public interface Found {

        /** The value actually found, as a user would recognise it (see {@link FailureMessage#quote(Object)}). */
        Where found(String found);

        /** The value found under {@code key}, quoted, and masked whole when {@code key} names a secret. */
        default Where foundValue(String key, String value) {
            return found(value == null ? "null" : quote(SecretText.shownValue(key, value)));
        }
    }

    /** The step that takes where the value was found. */
    @FunctionalInterface
    public interface Where {

        /**
         * Where to look: the file and line (or JSON path) for an input file, the endpoint for a service, the
         * configuration key and its source for a setting, the class and method for an annotation.
         */
        Fix where(String where);
    }

    /** The last step: what to do. */
    @FunctionalInterface
    public interface Fix {

        /** What the user does to make the failure go away. */
        FailureMessage fix(String fix);
    }
}
