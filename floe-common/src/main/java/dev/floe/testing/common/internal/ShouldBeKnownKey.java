package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/** Unknown floe configuration keys are set, and {@code floe.config.strict=true} makes them fail. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeKnownKey {

    private ShouldBeKnownKey() {
    }

    /**
     * The message for {@code unknown} (one line each: the key, its source and the closest known key), failed by
     * {@code strictKey} set in {@code strictSource}.
     */
    public static String shouldBeKnownKey(List<String> unknown, String strictKey, String strictSource) {
        return FailureMessage.summary((unknown.size() == 1 ? "Unknown floe configuration key"
                        : unknown.size() + " unknown floe configuration keys")
                        + ", and " + strictKey + "=true makes unknown keys fail.")
                .expected("only keys floe-testing reads (README.md, Configuration keys)")
                .found(String.join("\n", unknown))
                .where(strictKey + "=true (from " + strictSource + ")")
                .fix("correct or remove the key; the keys floe-testing reads are listed in README.md"
                        + " (Configuration keys)")
                .toString();
    }
}
