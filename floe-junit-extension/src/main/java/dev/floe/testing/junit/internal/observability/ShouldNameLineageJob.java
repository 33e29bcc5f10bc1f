package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** @RequiresObservability expects lineage but nothing says which run to check. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldNameLineageJob {

    private ShouldNameLineageJob() {
    }

    /** The message for test {@code testName}. */
    public static String shouldNameLineageJob(String testName) {
        return FailureMessage.summary("@RequiresObservability on " + testName + " expects lineage but no run id"
                        + " was recorded and lineageNamespace/lineageJob do not name the job.")
                .expected("a recorded run id, or lineageNamespace and lineageJob")
                .found("no run id, and lineageNamespace or lineageJob blank")
                .where("@RequiresObservability on " + testName)
                .fix("call ObservabilityEvidence.recordRunId(...), or set lineageNamespace and lineageJob")
                .toString();
    }
}
