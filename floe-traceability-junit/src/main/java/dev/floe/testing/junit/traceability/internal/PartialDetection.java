package dev.floe.testing.junit.traceability.internal;

/** The accepted values of {@code floe.traceability.partial-detection}. */
public enum PartialDetection {
    /** Selections plus the static scan of the test class folders. */
    AUTO,
    /** Method and unique-id selections only. */
    SELECTORS
}
