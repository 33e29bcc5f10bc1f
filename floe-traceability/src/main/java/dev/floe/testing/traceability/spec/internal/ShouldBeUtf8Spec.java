package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A spec file that is not valid UTF-8. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeUtf8Spec {

    private ShouldBeUtf8Spec() {
    }

    /**
     * The message for the spec at {@code relativePath} whose first bad byte is at {@code position} ({@code
     * line:column}).
     */
    public static String shouldBeUtf8Spec(String relativePath, String position) {
        return FailureMessage.summary(relativePath + ":" + position + ": not valid UTF-8.")
                .expected("a spec saved as UTF-8")
                .found("bytes that are not UTF-8 at " + position)
                .where(relativePath + ":" + position)
                .fix("save the spec as UTF-8")
                .toString();
    }
}
