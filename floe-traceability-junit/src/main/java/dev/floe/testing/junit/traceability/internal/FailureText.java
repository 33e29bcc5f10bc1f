package dev.floe.testing.junit.traceability.internal;

import java.io.PrintWriter;
import java.io.StringWriter;

import dev.floe.testing.common.internal.SecretText;

/** The full text of a failure (message, stack trace, causes), bounded, with URL user info and tokens masked. */
final class FailureText {

    /** The most characters kept of one failure; what is longer is cut with a note. */
    static final int MAX_CHARS = 32_000;

    private FailureText() {
    }

    static String of(Throwable thrown) {
        if (thrown == null) {
            return null;
        }
        StringWriter text = new StringWriter(1024);
        try (PrintWriter out = new PrintWriter(text)) {
            thrown.printStackTrace(out);
        }
        catch (RuntimeException brokenThrowable) {
            return SecretText.maskUrls(thrown.getClass().getName());
        }
        String full = text.toString().replace("\r\n", "\n").stripTrailing();
        if (full.length() > MAX_CHARS) {
            full = full.substring(0, MAX_CHARS) + "\n\t... (cut at " + MAX_CHARS + " characters)";
        }
        return SecretText.maskUrls(full);
    }
}
