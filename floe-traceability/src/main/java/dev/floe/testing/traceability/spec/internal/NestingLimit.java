package dev.floe.testing.traceability.spec.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Blanks the lines of a Markdown text that nest lists or block quotes deeper than {@value #MAX_LEVELS} levels,
 * before commonmark sees them: commonmark keeps every level open (8 MB of {@code "- "} are four million), and
 * past about 50 levels it loses the list that follows. Blanking keeps every other line where it was, so later
 * requirements are read at their own lines, and the first blanked line is reported.
 */
final class NestingLimit {

    static final int MAX_LEVELS = 32;
    private static final int COLUMNS_PER_LEVEL = 2;
    private static final int TAB = 4;

    private NestingLimit() {
    }

    /** The text with too deeply nested lines blanked, and the 1-based numbers of those lines. */
    static Bounded apply(String markdown) {
        List<Integer> cut = new ArrayList<>();
        StringBuilder out = null;
        int lineStart = 0;
        int lineNumber = 1;
        int length = markdown.length();
        while (lineStart <= length) {
            int end = markdown.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? length : end;
            if (tooDeep(markdown, lineStart, lineEnd)) {
                if (out == null) {
                    out = new StringBuilder(length).append(markdown, 0, lineStart);
                }
                cut.add(lineNumber);
            }
            else if (out != null) {
                out.append(markdown, lineStart, lineEnd);
            }
            if (end < 0) {
                break;
            }
            if (out != null) {
                out.append('\n');
            }
            lineStart = end + 1;
            lineNumber++;
        }
        return new Bounded(out == null ? markdown : out.toString(), cut);
    }

    /** Indentation (two columns a level) plus the list markers and quote markers opening the line. */
    private static boolean tooDeep(String text, int start, int end) {
        int levels = 0;
        int columns = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            }
            else if (c == '\t') {
                columns += TAB;
                i++;
            }
            else if (c == '>') {
                levels++;
                i++;
            }
            else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && isBlank(text.charAt(i + 1))) {
                levels++;
                i += 2;
            }
            else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j + 1 < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && isBlank(text.charAt(j + 1))) {
                    levels++;
                    i = j + 2;
                }
                else {
                    break;
                }
            }
            else {
                break;
            }
            if (levels + columns / COLUMNS_PER_LEVEL > MAX_LEVELS) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** A text whose nesting is bounded, and the lines that were blanked to bound it. */
    record Bounded(String markdown, List<Integer> cutLines) {
    }
}
