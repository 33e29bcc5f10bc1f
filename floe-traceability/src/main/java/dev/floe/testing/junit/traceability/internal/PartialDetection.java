package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** The accepted values of {@code floe.traceability.partial-detection}. */
@API(status = INTERNAL, since = "0.1.0")
public enum PartialDetection {
    /** Selections plus the static scan of the test class folders. */
    AUTO,
    /** Method and unique-id selections only. */
    SELECTORS
}
