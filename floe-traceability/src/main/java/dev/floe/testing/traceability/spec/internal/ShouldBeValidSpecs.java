package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** Specs with errors that stop the requirement catalog from being built, each with its file and line. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeValidSpecs {

    private ShouldBeValidSpecs() {
    }

    /**
     * The message for {@code problems} ({@code file:line: message}, sorted), found in {@code files}; {@code summary}
     * says what could not be done.
     */
    public static String shouldBeValidSpecs(String summary, List<String> problems, List<String> files,
            String expected, String fix) {
        return FailureMessage.summary(summary + " (" + problems.size() + (problems.size() == 1 ? " error" : " errors")
                        + "):")
                .expected(expected)
                .found(String.join("\n", problems))
                .where(String.join(", ", files))
                .fix(fix)
                .toString();
    }
}
