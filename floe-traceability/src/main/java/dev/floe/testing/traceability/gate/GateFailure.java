package dev.floe.testing.traceability.gate;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One reason the gate fails, with the items behind it (gaps, test ids, requirement ids), one per line.
 *
 * @param rule    {@code min-coverage}, {@code feature-coverage}, {@code priority-coverage}, {@code skipped},
 *                {@code ratchet}, {@code suspect-links} or {@code spec-errors}
 * @param message one line, e.g. {@code coverage 62.5% is below the minimum 80.0% (feature 004)}
 * @param details the items, one line each
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record GateFailure(String rule, String message, List<String> details) {

    /** Copies the details. */
    public GateFailure {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        details = List.copyOf(details);
    }
}
