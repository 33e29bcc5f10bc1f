package dev.floe.testing.traceability.matrix;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Why a requirement is only {@link CoverageStatus#PARTIAL partially} covered.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum PartialKind {

    /** At least one covering test failed or errored. */
    FAILING,

    /** No covering test failed, but some were skipped, aborted or not run. */
    NOT_RUN;

    /** The lower-case name used in reports: {@code failing} or {@code not_run}. */
    public String reportName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
