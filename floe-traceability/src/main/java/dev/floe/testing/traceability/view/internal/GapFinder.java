package dev.floe.testing.traceability.view.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.matrix.internal.TestLocations;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.spec.Requirement;

/**
 * The gaps of a matrix, each with its spec {@code file:line} and a suggested test class in the module whose name
 * matches the requirement's package. A gap is an uncovered requirement: no test cites it. Requirements whose tests
 * failed or did not run are not gaps; {@link #notCovered} lists them with the gaps where a shortfall is explained.
 *
 * <p>A requirement's package is the module named in its text ({@code "floe-core MUST ..."}), else the
 * module whose distinctive name part appears in the spec's folder name ({@code 001-core-foundation} →
 * {@code floe-core}). The suggestion is a class in that module's test sources, in the Java package most of
 * its tests use, named after the requirement's category ({@code CompilerTest.java}); with no such module,
 * the matrix's own suggestion stands.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class GapFinder {

    private final Map<String, String> moduleRoots = new TreeMap<>();
    private final Map<String, String> modulePackages = new HashMap<>();
    private final Map<String, Pattern> mentions = new TreeMap<>();

    private GapFinder(TraceabilityMatrix matrix) {
        Map<String, Map<String, Integer>> packageCounts = new HashMap<>();
        for (TestResult test : matrix.tests()) {
            if (test.module() == null || test.module().isBlank() || test.sourceFile() == null) {
                continue;
            }
            int src = test.sourceFile().indexOf("src/test/java/");
            if (src >= 0) {
                moduleRoots.putIfAbsent(test.module(), test.sourceFile().substring(0, src) + "src/test/java");
            }
            if (test.javaPackage() != null) {
                packageCounts.computeIfAbsent(test.module(), k -> new TreeMap<>()).merge(test.javaPackage(), 1,
                        Integer::sum);
            }
        }
        moduleRoots.keySet().forEach(module -> mentions.put(module, Pattern.compile("(^|[^a-z0-9-])"
                + Pattern.quote(module.toLowerCase(Locale.ROOT)) + "($|[^a-z0-9-])")));
        packageCounts.forEach((module, counts) -> modulePackages.put(module, counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
    }

    /** A finder for {@code matrix}; modules are those its tests ran in. */
    public static GapFinder of(TraceabilityMatrix matrix) {
        return new GapFinder(matrix);
    }

    /** The gaps (uncovered requirements) among {@code rows}, in their order. */
    public List<Gap> gaps(List<RequirementCoverage> rows) {
        List<Gap> gaps = new ArrayList<>();
        for (RequirementCoverage row : rows) {
            if (row.status() == CoverageStatus.UNCOVERED) {
                gaps.add(new Gap(row.id(), Gap.statusOf(row), row.location(), priority(row.requirement()),
                        suggestion(row)));
            }
        }
        return gaps;
    }

    /**
     * The requirements among {@code rows} that are not covered, in their order: the gaps, and those whose tests
     * failed or did not run (status {@code failing} or {@code not run}, with the tests to fix or run).
     */
    public List<Gap> notCovered(List<RequirementCoverage> rows) {
        List<Gap> gaps = new ArrayList<>();
        for (RequirementCoverage row : rows) {
            if (row.status() == CoverageStatus.UNCOVERED || row.status() == CoverageStatus.PARTIAL) {
                gaps.add(new Gap(row.id(), Gap.statusOf(row), row.location(), priority(row.requirement()),
                        suggestion(row)));
            }
        }
        return gaps;
    }

    /** The module whose name matches the requirement's package, or {@code null} when none does. */
    public String packageOf(Requirement requirement) {
        String text = requirement.text() == null ? "" : requirement.text().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Pattern> mention : mentions.entrySet()) {
            if (mention.getValue().matcher(text).find()) {
                return mention.getKey();
            }
        }
        Set<String> folderWords = words(folderOf(requirement.specFile()));
        for (String module : moduleRoots.keySet()) {
            Set<String> distinctive = words(module);
            distinctive.remove("floe");
            if (!distinctive.isEmpty() && folderWords.containsAll(distinctive)) {
                return module;
            }
        }
        return null;
    }

    private String suggestion(RequirementCoverage row) {
        if (row.status() != CoverageStatus.UNCOVERED) {
            return "make its tests pass and run: " + String.join(", ", row.testIds());
        }
        String module = packageOf(row.requirement());
        if (module == null) {
            return row.suggestion();
        }
        String javaPackage = modulePackages.get(module);
        String folder = moduleRoots.get(module) + (javaPackage == null ? "" : "/" + javaPackage.replace('.', '/'));
        return folder + "/" + TestLocations.className(row.requirement()) + ".java with @Covers(\"" + row.id() + "\")";
    }

    private static String priority(Requirement requirement) {
        return requirement.priority() == null ? "P2" : requirement.priority();
    }

    private static String folderOf(String specFile) {
        String[] parts = specFile.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : specFile;
    }

    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        return words;
    }
}
