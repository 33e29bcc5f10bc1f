package dev.floe.testing.traceability.gate;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The user properties of the Maven goals {@code floe-traceability:report} and {@code check} that have no key of
 * their own elsewhere ({@code floe.traceability.root} and {@code .specs} are spec parsing's); {@link #EXCLUSIONS}
 * and {@link #DEFAULT_FEATURE} are shared with the JUnit listener, whose {@code TraceabilityKeys} names the same
 * values. Given with {@code mvn -D...}, Maven also hands them to the forked test JVMs, so the configuration check
 * there knows them too.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class GateKeys {

    /** Skips the goal: {@value}, {@code true} or {@code false} (default). */
    public static final String SKIP = "floe.traceability.skip";

    /** Where the merged reports go: {@value}; default {@code target/floe-traceability-merged}. */
    public static final String MERGED_DIR = "floe.traceability.merged-dir";

    /** Gate and show one feature only, e.g. {@code 004}: {@value}. */
    public static final String FEATURE = "floe.traceability.feature";

    /** The lock file of requirement fingerprints: {@value}; default {@code specs/traceability.lock.json}. */
    public static final String LOCK = "floe.traceability.lock";

    /** The overall minimum coverage in percent, 0 to 100: {@value}; none by default. */
    public static final String MIN_COVERAGE = "floe.traceability.min-coverage";

    /** Lets skipped and aborted tests pass the gate: {@value}, {@code true} or {@code false} (default). */
    public static final String ALLOW_SKIPPED = "floe.traceability.allow-skipped";

    /** A matrix to ratchet against: {@value}. */
    public static final String BASELINE = "floe.traceability.baseline";

    /** Reports suspect links without failing the build: {@value}, {@code true} or {@code false} (default). */
    public static final String WARN_SUSPECT = "floe.traceability.warn-suspect";

    /** The exclusions file, relative to the build root unless absolute: {@value}. */
    public static final String EXCLUSIONS = "floe.traceability.exclusions";

    /** The feature that spec-local ids resolve against first: {@value}. */
    public static final String DEFAULT_FEATURE = "floe.traceability.default-feature";

    private GateKeys() {
    }
}
