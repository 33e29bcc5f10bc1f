package dev.floe.testing.traceability.spec;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A requirement id as written in a spec ({@code FR-024}, {@code FR-006a}) or in {@code @Covers},
 * optionally scoped to a feature ({@code 006-FR-024}).
 *
 * @param feature the three-digit feature id, or {@code null} when the id is spec-local
 * @param local   the id inside its spec, e.g. {@code FR-024}
 * @since 0.1.0
 */
public record RequirementId(String feature, String local) implements Comparable<RequirementId> {

    /** The accepted form: optional {@code NNN-} feature prefix, {@code FR-}, three digits, optional lower-case suffix letter. */
    public static final Pattern FORM = Pattern.compile("(?:(\\d{3})-)?(FR-\\d{3}[a-z]?)");

    public RequirementId {
        Objects.requireNonNull(local, "local");
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
        return feature == null ? local : feature + "-" + local;
    }

    @Override
    public int compareTo(RequirementId other) {
        return toString().compareTo(other.toString());
    }
}
