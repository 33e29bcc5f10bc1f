package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A required observability backend did not answer its probe. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldReachBackend {

    private ShouldReachBackend() {
    }

    /** The message for backend {@code name} at {@code shown} (set in {@code source}), whose {@code probe} failed with {@code error} ({@code why}). */
    public static String shouldReachBackend(String name, String shown, String source, String probe, String error, String keyPrefix, String why) {
        return FailureMessage.summary(name + " is required but not reachable (" + why + ").")
                .expected(name + " to answer its probe")
                .found(error)
                .where(shown + " (from " + source + ")")
                .fix("start " + name + " (with floe's docker-compose.yml: 'docker compose -f <file> up -d'), or set "
                        + keyPrefix + ".url to a running one")
                .detail("probe", probe)
                .toString();
    }
}
