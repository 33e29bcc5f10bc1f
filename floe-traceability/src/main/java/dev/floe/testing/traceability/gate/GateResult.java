package dev.floe.testing.traceability.gate;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What the gate decided: passed when there is no failure.
 *
 * @param failures why it failed, in the order the rules were checked
 * @param notes    what the reader should know without the gate failing (e.g. suspect links when they only warn)
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record GateResult(List<GateFailure> failures, List<String> notes) {

    /** Copies the lists. */
    public GateResult {
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    /** Whether the gate passed. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** The failures as lines: each message, then its details indented. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (GateFailure failure : failures) {
            lines.add("FAIL " + failure.rule() + ": " + failure.message());
            failure.details().forEach(d -> lines.add("  " + d));
        }
        return lines;
    }
}
