package dev.floe.testing.traceability.spec.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a spec states a requirement's priority: in its text ({@code (P1)}, {@code [P1]},
 * {@code Priority: P1}) or in a heading above it ({@code ### Observability (Priority: P3)}); else P2.
 */
final class Priorities {

    static final String DEFAULT = "P2";

    private static final Pattern STATED = Pattern.compile(
            "(?i)(?:\\bpriority\\s*[:=]?\\s*|[(\\[]\\s*)(P[1-3])\\b");

    private Priorities() {
    }

    static Optional<String> stated(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = STATED.matcher(text);
        return m.find() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** The priority of the nearest heading above that states one, else {@link #DEFAULT}. */
    static String fromHeadings(String[] headingsByLevel) {
        for (int level = headingsByLevel.length - 1; level >= 1; level--) {
            Optional<String> stated = stated(headingsByLevel[level]);
            if (stated.isPresent()) {
                return stated.get();
            }
        }
        return DEFAULT;
    }
}
