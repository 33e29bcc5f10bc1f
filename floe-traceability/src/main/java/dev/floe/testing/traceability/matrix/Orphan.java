package dev.floe.testing.traceability.matrix;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A requirement id that tests cite but no spec defines (or that names several features ambiguously).
 *
 * @param id      the id as tests wrote it
 * @param testIds the citing tests, sorted
 * @param reason  {@code not defined by any spec} or why it could not be resolved
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Orphan(String id, List<String> testIds, String reason) {

    public Orphan {
        testIds = List.copyOf(testIds);
    }
}
