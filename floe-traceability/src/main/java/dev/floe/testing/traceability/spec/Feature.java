package dev.floe.testing.traceability.spec;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A feature: one spec file in a folder named {@code NNN-name}, e.g. {@code specs/006-integration-testing/spec.md}.
 *
 * @param id       the three-digit feature id taken from the folder, e.g. {@code 006}
 * @param name     the human-readable name: the spec's first level-1 heading without a leading
 *                 {@code "Feature Specification:"}, else the folder name without its number
 * @param specFile path of the spec relative to the build root, with {@code /}
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Feature(String id, String name, String specFile) implements Comparable<Feature> {

    /** Checks that no component is {@code null}. */
    public Feature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(specFile, "specFile");
    }

    /** Orders by feature id. */
    @Override
    public int compareTo(Feature other) {
        return id.compareTo(other.id);
    }
}
