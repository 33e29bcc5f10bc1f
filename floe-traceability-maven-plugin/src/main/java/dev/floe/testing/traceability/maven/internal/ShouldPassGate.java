package dev.floe.testing.traceability.maven.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A traceability gate that did not pass, failing the build. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldPassGate {

    private ShouldPassGate() {
    }

    /** The message for {@code goal} (report, check), whose gate failed; the reasons are in the log above it. */
    public static String shouldPassGate(String goal) {
        return FailureMessage.summary("floe-traceability:" + goal + " failed: the traceability gate did not pass.")
                .expected("a gate that passes: coverage at or above the thresholds, no failing test, no suspect link")
                .found("Gate: FAILED; the reasons and the requirements not covered are listed above")
                .where("the log above (from the line 'Gate: FAILED') and traceability-gate.md in the output folder")
                .fix("cover or fix what the reasons name, confirm changed requirements with --confirm-links, or exclude"
                        + " a requirement in specs/traceability-exclusions.json")
                .toString();
    }
}
