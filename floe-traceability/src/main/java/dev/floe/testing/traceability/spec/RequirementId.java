package dev.floe.testing.traceability.spec;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A requirement id as written in a spec ({@code FR-024}, {@code FR-006a}) or in {@code @Covers},
 * optionally scoped to a feature ({@code 006-FR-024}).
 *
 * <p>A value: equal when feature and local id are equal. Its text ({@link #toString()}) is computed once, as
 * ids are compared and printed many times per report.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class RequirementId implements Comparable<RequirementId> {

    /** The accepted form: optional {@code NNN-} feature prefix, {@code FR-}, three digits, optional lower-case suffix letter. */
    public static final Pattern FORM = Pattern.compile("(?:(\\d{3})-)?(FR-\\d{3}[a-z]?)");

    private final String feature;
    private final String local;
    private final String text;

    /**
     * An id.
     *
     * @param feature the three-digit feature id, or {@code null} when the id is spec-local
     * @param local   the id inside its spec, e.g. {@code FR-024}
     */
    public RequirementId(String feature, String local) {
        this.feature = feature;
        this.local = Objects.requireNonNull(local, "local");
        this.text = feature == null ? local : feature + "-" + local;
    }

    /** The three-digit feature id, or {@code null} when the id is spec-local. */
    public String feature() {
        return feature;
    }

    /** The id inside its spec, e.g. {@code FR-024}. */
    public String local() {
        return local;
    }

    /** Parses {@code FR-024} or {@code 006-FR-024}; empty when {@code text} is not of that form. */
    public static Optional<RequirementId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim());
        return m.matches() ? Optional.of(new RequirementId(m.group(1), m.group(2))) : Optional.empty();
    }

    /** This id scoped to {@code featureId}. */
    public RequirementId inFeature(String featureId) {
        return new RequirementId(featureId, local);
    }

    /** Whether this id names its feature. */
    public boolean isQualified() {
        return feature != null;
    }

    /** {@code 006-FR-024}, or {@code FR-024} when the feature is unknown. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequirementId id && text.equals(id.text) && Objects.equals(feature, id.feature);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public int compareTo(RequirementId other) {
        return text.compareTo(other.text);
    }
}
