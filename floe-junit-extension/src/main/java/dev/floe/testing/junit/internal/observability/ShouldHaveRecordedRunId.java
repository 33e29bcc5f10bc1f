package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** awaitRun() was called but no OpenLineage run id was recorded. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldHaveRecordedRunId {

    private ShouldHaveRecordedRunId() {
    }

    /** The message for test {@code testName}. */
    public static String shouldHaveRecordedRunId(String testName) {
        return FailureMessage.summary("No OpenLineage run id was recorded for " + testName + ".")
                .expected("a run id recorded before awaitRun()")
                .found("no run id")
                .where("ObservabilityEvidence.awaitRun() in " + testName)
                .fix("call recordRunId(runId) with the run id your job emits, or use awaitJob(namespace, name)")
                .toString();
    }
}
