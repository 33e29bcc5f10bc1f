package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Turns the heading above a requirement into its category: one of the contract's categories when the
 * heading names it ({@code "Standalone-First / Graceful Degradation Testing"} → {@code standalone_first}),
 * else a slug of the heading ({@code "Schema Definition (FloeSpec)"} → {@code schema_definition_floespec}).
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Categories {

    /** The categories of floe's traceability-matrix contract, in its order. */
    public static final List<String> CONTRACT = List.of("traceability", "execution", "package_coverage",
            "infrastructure", "shared_fixtures", "production_config", "observability", "row_level_security",
            "standalone_first", "contract_boundary");

    /** The category of requirements that have no heading above them. */
    public static final String NONE = "general";

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_SLUG = 80;

    private Categories() {
    }

    /** The category for a heading's plain text; {@link #NONE} for a blank heading. */
    public static String of(String heading) {
        List<String> words = words(heading);
        if (words.isEmpty()) {
            return NONE;
        }
        for (String category : CONTRACT) {
            if (namedBy(category, words)) {
                return category;
            }
        }
        String slug = String.join("_", words);
        return slug.length() <= MAX_SLUG ? slug : slug.substring(0, MAX_SLUG);
    }

    /**
     * Whether each word of the category starts a word of the heading, in order: {@code shared_fixtures}
     * is named by "Shared Test Fixtures", {@code production_config} by "Production Configuration".
     */
    private static boolean namedBy(String category, List<String> headingWords) {
        int at = 0;
        for (String part : category.split("_")) {
            while (at < headingWords.size() && !headingWords.get(at).startsWith(part)) {
                at++;
            }
            if (at == headingWords.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static List<String> words(String heading) {
        List<String> words = new ArrayList<>();
        if (heading != null) {
            for (String word : WORD_SPLIT.split(heading.toLowerCase(Locale.ROOT))) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
