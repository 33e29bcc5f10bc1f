package dev.floe.testing.junit.internal.artifacts;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/**
 * A parameter could not be resolved because of a failure that carries its own message (the nested one): what it
 * expected, found and says to fix become this message's, the parameter is where, and the nested where is kept as
 * {@code from}. A nested text of several failures (a heading, then one message each) keeps them whole under
 * {@code failures} and joins their fixes.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldResolveParameter {

    /** A labelled line of a message ({@code   fix:      text}): its indentation, label and value. */
    private static final Pattern LABELLED = Pattern.compile("^( +)([a-z][a-z -]*):\\s+(.*)$");

    private ShouldResolveParameter() {
    }

    /** The message for {@code parameter} of {@code executable} whose value failed with {@code cause} (a formed message). */
    public static String shouldResolveParameter(String what, String parameter, String executable, String cause) {
        String summary = "Cannot inject " + what + " into parameter '" + parameter + "' of " + executable + ".";
        String where = "parameter '" + parameter + "' of " + executable;
        List<String> expected = values(cause, "expected");
        List<String> fixes = values(cause, "fix");
        if (fixes.isEmpty()) {
            return FailureMessage.summary(summary)
                    .expected("a " + what + " for the parameter, made without a failure")
                    .found(FailureMessage.oneLine(cause))
                    .where(where)
                    .fix("remove the cause of this exception: " + FailureMessage.oneLine(cause))
                    .toString();
        }
        if (fixes.size() == 1 && expected.size() == 1) {
            List<String> from = values(cause, "where");
            List<String> found = values(cause, "found");
            String nestedSummary = cause.strip().lines().findFirst().orElse(cause).strip().replaceAll("\\.$", "");
            return FailureMessage.summary(summary)
                    .expected(expected.get(0))
                    .found(found.isEmpty() ? nestedSummary : nestedSummary + "; found: " + found.get(0))
                    .where(where)
                    .fix(fixes.get(0))
                    .detail("from", from.isEmpty() ? null : from.get(0))
                    .toString();
        }
        String heading = cause.strip().lines().findFirst().orElse(cause).strip();
        return FailureMessage.summary(summary)
                .expected("what each of the " + fixes.size() + " failures below expected")
                .found(heading)
                .where(where)
                .fix(String.join("; ", fixes))
                .detail("failures", cause.strip().substring(heading.length()).strip())
                .toString();
    }

    /**
     * The values of the lines labelled {@code label} in {@code text}, each with its continuation lines (indented
     * deeper than the label) joined by a space.
     */
    static List<String> values(String text, String label) {
        List<String> values = new ArrayList<>();
        if (text == null) {
            return values;
        }
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LABELLED.matcher(lines[i]);
            if (!m.matches() || !m.group(2).equals(label)) {
                continue;
            }
            int indent = m.group(1).length();
            StringBuilder value = new StringBuilder(m.group(3).strip());
            while (i + 1 < lines.length && !lines[i + 1].isBlank() && indentOf(lines[i + 1]) > indent
                    && !LABELLED.matcher(lines[i + 1]).matches()) {
                value.append(' ').append(lines[++i].strip());
            }
            values.add(value.toString());
        }
        return values;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
