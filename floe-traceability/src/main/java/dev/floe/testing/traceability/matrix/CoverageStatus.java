package dev.floe.testing.traceability.matrix;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The coverage status of one requirement.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum CoverageStatus {

    /** Every covering test ran and passed. */
    COVERED,

    /** Covering tests exist, but some failed or did not run; see {@link PartialKind}. */
    PARTIAL,

    /** No test covers the requirement (an expired exclusion no longer excuses this). */
    UNCOVERED,

    /** Deliberately left without tests: listed in the exclusions file, with a reason, not yet expired. */
    EXCLUDED;

    /** The lower-case name used in reports, e.g. {@code covered}. */
    public String reportName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
