package dev.floe.testing.traceability.report.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Text from tests, exclusions and specs made safe for a Markdown file (GitHub Flavored, as CI job summaries
 * render it). The characters that can start a link, an image, an autolink (bare {@code https:}, {@code www.}, an
 * e-mail address), HTML, an entity, emphasis, strikethrough, math, a table break or (at the start) a heading,
 * quote or list are backslash-escaped, which CommonMark renders as the character itself; the rest is left as it
 * is, so the file stays readable as plain text.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class MarkdownText {

    private static final String ALWAYS = "\\`*_[]()<>!|~#&${}:@";
    private static final String AT_START = "-+=>";

    private MarkdownText() {
    }

    /** {@code text} on one line with Markdown's characters escaped; {@code null} becomes empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replace('\n', ' ').replace('\r', ' ');
        StringBuilder out = new StringBuilder(line.length() + 16);
        int start = 0;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean escape = ALWAYS.indexOf(c) >= 0 || i == start && AT_START.indexOf(c) >= 0
                    || c == '.' && (orderedListMarker(line, start, i) || afterWww(line, i))
                    || c == ')' && orderedListMarker(line, start, i);
            if (escape) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@code text} as a code span's content inside a table: nothing is interpreted there but backticks (which
     * cannot be escaped, so they become quotes) and pipes (which GitHub's tables split on unless escaped).
     */
    public static String code(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('`', '\'').replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
    }

    /** {@code 12.} or {@code 3)} opening the text: an ordered list item. */
    private static boolean orderedListMarker(String line, int start, int i) {
        if (i == start) {
            return false;
        }
        for (int j = start; j < i; j++) {
            if (!Character.isDigit(line.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean afterWww(String line, int i) {
        return i >= 3 && line.regionMatches(true, i - 3, "www", 0, 3);
    }
}
