package dev.floe.testing.traceability.exclusion;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One requirement excluded from coverage on purpose, until {@code expires}.
 *
 * @param id      the requirement id as written in the exclusions file, e.g. {@code 006-FR-004}
 * @param reason  why it has no test (shown in every report)
 * @param owner   who answers for it
 * @param expires the last day the exclusion holds; from the day after, the requirement counts as if
 *                it were not excluded
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Exclusion(String id, String reason, String owner, LocalDate expires) {

    public Exclusion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expires, "expires");
    }

    /** Whether the exclusion no longer holds on {@code today}. */
    public boolean isExpiredOn(LocalDate today) {
        return today.isAfter(expires);
    }
}
