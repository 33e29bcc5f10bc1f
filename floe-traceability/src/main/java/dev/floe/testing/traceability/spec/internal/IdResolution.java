package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

import dev.floe.testing.traceability.spec.RequirementId;
import dev.floe.testing.traceability.spec.SpecCatalog;

/**
 * What a requirement id written in {@code @Covers} refers to, as answered by
 * {@link IdResolver#resolve(SpecCatalog, String, String)}.
 *
 * <pre>{@code
 * IdResolution r = IdResolver.resolve(catalog, "FR-24", "006");
 * if (r.status() == IdResolution.Status.ILL_FORMED) {
 *     fail(r.message());   // ... did you mean FR-024?
 * }
 * }</pre>
 *
 * @param status     the outcome
 * @param asWritten  the id exactly as written
 * @param id         the feature-scoped id for {@link Status#RESOLVED}; the id as far as it could be
 *                   read for {@link Status#UNKNOWN} (scoped to the default feature when one was given)
 *                   and {@link Status#AMBIGUOUS} (spec-local); {@code null} for {@link Status#ILL_FORMED}
 * @param candidates for {@link Status#ILL_FORMED} and {@link Status#UNKNOWN}: close ids the catalog
 *                   defines ("did you mean"), for {@link Status#AMBIGUOUS}: the feature-scoped ids it
 *                   could mean; sorted, possibly empty
 * @param message    a one-line explanation naming the id, empty for {@link Status#RESOLVED}
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record IdResolution(Status status, String asWritten, RequirementId id, List<String> candidates,
        String message) {

    /**
     * The outcomes of resolving an id.
     *
     * @since 0.1.0
     */
    public enum Status {
        /** The id names exactly one requirement of the catalog. */
        RESOLVED,
        /** The id is not of the form {@code FR-024}, {@code FR-006a} or {@code 006-FR-024}. */
        ILL_FORMED,
        /** The id is well-formed but no spec defines it: an orphan. */
        UNKNOWN,
        /** A spec-local id that several features define, and no default feature chooses one. */
        AMBIGUOUS
    }

    /** Checks the status and copies the candidates; a {@code null} message becomes empty. */
    public IdResolution {
        Objects.requireNonNull(status, "status");
        candidates = List.copyOf(candidates);
        message = message == null ? "" : message;
    }

    /** Whether the id names exactly one requirement. */
    public boolean isResolved() {
        return status == Status.RESOLVED;
    }

    /** The feature-scoped id when {@link #isResolved() resolved}. */
    public Optional<RequirementId> resolvedId() {
        return isResolved() ? Optional.of(id) : Optional.empty();
    }
}
