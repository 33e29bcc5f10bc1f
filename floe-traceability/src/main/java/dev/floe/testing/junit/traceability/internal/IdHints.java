package dev.floe.testing.junit.traceability.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.ExtensionContext;

/** "Did you mean ..." for an ill-formed {@code @Covers} id. */
public final class IdHints {

    private static final Pattern LOOSE = Pattern.compile("(?i)\\s*(?:(\\d{1,3})\\s*[-_ ]?\\s*)?FR\\s*[-_ ]?\\s*0*(\\d{1,3})([a-z])?\\s*");

    private IdHints() {
    }

    /** {@code "; did you mean FR-024?"} or {@code "."} when nothing close is known. */
    public static String didYouMean(String written, ExtensionContext context) {
        if (written == null) {
            return ".";
        }
        Matcher m = LOOSE.matcher(written);
        if (!m.matches()) {
            return ".";
        }
        String local = "FR-" + pad(m.group(2)) + (m.group(3) == null ? "" : m.group(3).toLowerCase());
        return "; did you mean " + (m.group(1) == null ? local : pad(m.group(1)) + "-" + local) + "?";
    }

    private static String pad(String digits) {
        return "0".repeat(3 - digits.length()) + digits;
    }
}
