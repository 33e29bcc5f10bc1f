package dev.floe.testing.traceability.lock.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Tests linked to a requirement whose text changed since the links were last confirmed: they may no longer
 * prove what the requirement now says.
 *
 * @param requirementId the feature-scoped id
 * @param location      spec {@code file:line}
 * @param testIds       the linked tests, sorted
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record SuspectLink(String requirementId, String location, List<String> testIds) {

    /** Copies the test ids. */
    public SuspectLink {
        Objects.requireNonNull(requirementId, "requirementId");
        testIds = List.copyOf(testIds);
    }

    /** One line: {@code 004-FR-012 at specs/004-x/spec.md:31 changed since confirmed; 2 linked test(s)}. */
    public String line() {
        return requirementId + " at " + location + " changed since its links were confirmed; re-check "
                + String.join(", ", testIds);
    }
}
