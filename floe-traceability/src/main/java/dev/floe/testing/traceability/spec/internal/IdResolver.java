package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.spec.RequirementId;
import dev.floe.testing.traceability.spec.SpecCatalog;

/**
 * Resolves the ids written in {@code @Covers} against a {@link SpecCatalog}, for the matrix, discovery and
 * "did you mean".
 *
 * <pre>{@code
 * IdResolution r = IdResolver.resolve(catalog, "FR-024", null);   // RESOLVED as 006-FR-024 when only 006 has it
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1.0")
public final class IdResolver {

    private IdResolver() {
    }

    /**
     * Resolves an id written in {@code @Covers}: {@code 006-FR-024} names its feature; a spec-local
     * {@code FR-024} resolves against {@code defaultFeature} when given, else against the only feature
     * that defines it.
     *
     * @param catalog        the requirements the id may name
     * @param asWritten      the id as written, e.g. {@code "FR-024"} or {@code "006-FR-024"}
     * @param defaultFeature the three-digit feature id spec-local ids belong to, or {@code null}
     * @return the outcome: resolved, ill-formed (with "did you mean"), unknown (an orphan) or ambiguous
     */
    public static IdResolution resolve(SpecCatalog catalog, String asWritten, String defaultFeature) {
        Objects.requireNonNull(catalog, "catalog");
        Optional<RequirementId> parsed = RequirementId.parse(asWritten);
        if (parsed.isEmpty()) {
            List<String> suggestions = IdSuggestions.forIllFormed(asWritten, catalog, defaultFeature);
            return new IdResolution(IdResolution.Status.ILL_FORMED, asWritten, null, suggestions,
                    "Ill-formed requirement id '" + asWritten + "': expected FR-024, FR-006a or 006-FR-024"
                            + didYouMean(suggestions));
        }
        RequirementId id = parsed.get();
        if (id.isQualified()) {
            return known(catalog, asWritten, id, "");
        }
        if (defaultFeature != null) {
            return known(catalog, asWritten, id.inFeature(defaultFeature),
                    " (spec-local ids belong to the default feature " + defaultFeature + ")");
        }
        List<String> defining = catalog.featuresDefining(id.local());
        if (defining.size() == 1) {
            return resolved(asWritten, id.inFeature(defining.get(0)));
        }
        if (defining.isEmpty()) {
            return new IdResolution(IdResolution.Status.UNKNOWN, asWritten, id, List.of(),
                    "No spec defines requirement " + id.local() + " (in any of " + catalog.features().size()
                            + " features)");
        }
        List<String> candidates = defining.stream().map(f -> f + "-" + id.local()).toList();
        return new IdResolution(IdResolution.Status.AMBIGUOUS, asWritten, id, candidates,
                "Requirement id '" + asWritten + "' is ambiguous: " + String.join(", ", candidates)
                        + " define it; write the feature-scoped id, e.g. " + candidates.get(0));
    }

    private static IdResolution known(SpecCatalog catalog, String asWritten, RequirementId id, String note) {
        if (catalog.find(id).isPresent()) {
            return resolved(asWritten, id);
        }
        List<String> elsewhere = catalog.featuresDefining(id.local()).stream().map(f -> f + "-" + id.local())
                .toList();
        String why = catalog.feature(id.feature()).isPresent()
                ? "No spec defines requirement " + id
                : "No spec defines requirement " + id + ": there is no feature " + id.feature();
        return new IdResolution(IdResolution.Status.UNKNOWN, asWritten, id, elsewhere,
                why + note + didYouMean(elsewhere));
    }

    private static IdResolution resolved(String asWritten, RequirementId id) {
        return new IdResolution(IdResolution.Status.RESOLVED, asWritten, id, List.of(), "");
    }

    private static String didYouMean(List<String> suggestions) {
        return suggestions.isEmpty() ? "." : "; did you mean " + String.join(" or ", suggestions) + "?";
    }
}
