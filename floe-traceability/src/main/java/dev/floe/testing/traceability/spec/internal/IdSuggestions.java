package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.SpecCatalog;

/**
 * "Did you mean" for ill-formed requirement ids: first the id the writer most likely meant
 * ({@code fr-24} → {@code FR-024}, {@code 6-FR-24} → {@code 006-FR-024}) when the catalog defines it,
 * else the catalog's ids within two edits of what was written.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class IdSuggestions {

    /** Longer input is no id anyone meant; bounding it also bounds the regex and edit-distance work. */
    private static final int MAX_LENGTH = 64;
    private static final int MAX_EDITS = 2;
    private static final int MAX_SUGGESTIONS = 3;

    private static final Pattern LOOSE = Pattern.compile(
            "(?i)(?:(\\d{1,3}) ?[-_ .]? ?)?F ?R ?[-_ .]? ?0*(\\d{1,3}) ?([a-z])? ?[:.,;]?");

    private IdSuggestions() {
    }

    /** The well-formed id that {@code written} most likely means, without looking at any catalog. */
    public static Optional<String> normalised(String written) {
        if (written == null || written.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = LOOSE.matcher(written.strip().replaceAll("\\s+", " "));
        if (!m.matches()) {
            return Optional.empty();
        }
        String local = "FR-" + pad(m.group(2)) + (m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT));
        return Optional.of(m.group(1) == null ? local : pad(m.group(1)) + "-" + local);
    }

    /** Ids of {@code catalog} that an ill-formed {@code written} may have meant; sorted, at most a few. */
    public static List<String> forIllFormed(String written, SpecCatalog catalog, String defaultFeature) {
        TreeSet<String> out = new TreeSet<>();
        Optional<String> normalised = normalised(written);
        if (normalised.isPresent()) {
            IdResolution meant = IdResolver.resolve(catalog, normalised.get(), defaultFeature);
            switch (meant.status()) {
                case RESOLVED -> out.add(normalised.get());
                case AMBIGUOUS, UNKNOWN -> out.addAll(meant.candidates());
                default -> { }
            }
        }
        if (out.isEmpty() && written != null && written.length() <= MAX_LENGTH) {
            out.addAll(nearest(written.strip().toUpperCase(Locale.ROOT), catalog, defaultFeature));
        }
        return List.copyOf(out);
    }

    private static List<String> nearest(String written, SpecCatalog catalog, String defaultFeature) {
        boolean qualified = !written.isEmpty() && Character.isDigit(written.charAt(0));
        TreeSet<String> known = new TreeSet<>();
        for (Requirement requirement : catalog.requirements()) {
            if (qualified) {
                known.add(requirement.id().toString());
            }
            else if (defaultFeature == null || defaultFeature.equals(requirement.id().feature())) {
                known.add(requirement.id().local());
            }
        }
        record Scored(String id, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String id : known) {
            int distance = distance(written, id.toUpperCase(Locale.ROOT));
            if (distance <= MAX_EDITS) {
                scored.add(new Scored(id, distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id));
        return scored.stream().limit(MAX_SUGGESTIONS).map(Scored::id).toList();
    }

    /** The edit distance (see {@link dev.floe.testing.common.internal.EditDistance}). */
    static int distance(String a, String b) {
        return dev.floe.testing.common.internal.EditDistance.between(a, b);
    }

    private static String pad(String digits) {
        return "0".repeat(Math.max(0, 3 - digits.length())) + digits;
    }
}
