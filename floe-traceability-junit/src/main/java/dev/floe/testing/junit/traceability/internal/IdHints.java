package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.junit.traceability.TraceabilityKeys;
import dev.floe.testing.traceability.spec.SpecCatalog;
import dev.floe.testing.traceability.spec.internal.IdSuggestions;

/**
 * "Did you mean ..." for an ill-formed {@code @Covers} id: ids of the specs close to what was written
 * (the catalog is read once per run, and only when an ill-formed id turns up), else the well-formed
 * form of what was written.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class IdHints {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(IdHints.class);

    private IdHints() {
    }

    /** {@code "; did you mean 006-FR-024?"} or {@code "."} when nothing close is known. */
    public static String didYouMean(String written, ExtensionContext context) {
        FloeConfiguration configuration = FloeConfiguration.fromSystem(context::getConfigurationParameter);
        Optional<SpecCatalog> catalog = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(CatalogHolder.class, k -> new CatalogHolder(load(configuration)), CatalogHolder.class)
                .catalog();
        String defaultFeature = configuration.getString(TraceabilityKeys.DEFAULT_FEATURE).orElse(null);
        List<String> suggestions = catalog.map(c -> IdSuggestions.forIllFormed(written, c, defaultFeature))
                .filter(list -> !list.isEmpty())
                .orElseGet(() -> IdSuggestions.normalised(written).map(List::of).orElse(List.of()));
        return suggestions.isEmpty() ? "." : "; did you mean " + String.join(" or ", suggestions) + "?";
    }

    private static Optional<SpecCatalog> load(FloeConfiguration configuration) {
        try {
            return Optional.of(SpecSources.catalog(configuration, Path.of("").toAbsolutePath()));
        }
        catch (RuntimeException e) {
            return Optional.empty(); // no specs here: suggest the well-formed form of what was written
        }
    }

    private record CatalogHolder(Optional<SpecCatalog> catalog) {
    }
}
