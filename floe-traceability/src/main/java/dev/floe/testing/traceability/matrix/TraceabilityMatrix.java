package dev.floe.testing.traceability.matrix;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.result.TestResult;

/**
 * Requirements mapped to the tests that cover them, with a status each, built by
 * {@link dev.floe.testing.traceability.merge.TraceabilityMerge} or the run listener.
 *
 * <p>Every list is sorted, so the same inputs give the same matrix (and the same report bytes,
 * {@code generatedAt} aside).
 *
 * @param generatedAt    when the matrix was built
 * @param specs          the specs it was built against
 * @param requirements   one row per requirement, sorted by id
 * @param tests          every test result, one per test id, sorted by id
 * @param orphans        ids cited by tests that no spec defines, sorted
 * @param features       per-feature figures, sorted by feature id
 * @param problems       things the reader should fix (unreadable spec items, ambiguous ids, stale exclusions)
 * @param error          why the matrix says nothing (no spec found, no requirement), or {@code null}
 * @param partialRun     whether the run did not run every test (one class from the IDE, a filter)
 * @param partialReasons why the run counts as partial, sorted
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record TraceabilityMatrix(Instant generatedAt, SpecSet specs, List<RequirementCoverage> requirements,
        List<TestResult> tests, List<Orphan> orphans, List<FeatureCoverage> features, List<String> problems,
        String error, boolean partialRun, List<String> partialReasons) {

    public TraceabilityMatrix {
        requirements = List.copyOf(requirements);
        tests = List.copyOf(tests);
        orphans = List.copyOf(orphans);
        features = List.copyOf(features);
        problems = List.copyOf(problems);
        partialReasons = List.copyOf(partialReasons);
    }

    /** How many requirements have {@code status}. */
    public int count(CoverageStatus status) {
        return (int) requirements.stream().filter(r -> r.status() == status).count();
    }

    /** Covered requirements as a percentage of those not excluded, one decimal; {@code 0} when none count. */
    public double coveragePercentage() {
        return percentage(count(CoverageStatus.COVERED), requirements.size() - count(CoverageStatus.EXCLUDED));
    }

    /** The feature id the reports name: the only feature's id, or {@code all} when there are several (or none). */
    public String featureId() {
        return features.size() == 1 && !features.get(0).featureId().isEmpty() ? features.get(0).featureId() : "all";
    }

    /**
     * A one-line summary, e.g. {@code 12 of 15 requirements covered (80.0%), 1 failing, 1 not run, 1 uncovered,
     * 0 excluded, 0 orphan id(s); 40 tests}: partly covered requirements are counted as failing or not run.
     */
    public String summaryLine() {
        if (error != null) {
            return "Traceability error: " + error;
        }
        return count(CoverageStatus.COVERED) + " of " + requirements.size() + " requirements covered ("
                + coveragePercentage() + "%), " + partial(PartialKind.FAILING) + " failing, "
                + partial(PartialKind.NOT_RUN) + " not run, "
                + count(CoverageStatus.UNCOVERED) + " uncovered, " + count(CoverageStatus.EXCLUDED) + " excluded, "
                + orphans.size() + " orphan id(s); " + tests.size() + " tests"
                + (partialRun ? " (partial run)" : "");
    }

    /**
     * The orphan ids by name, the first {@code max} of each kind and then how many more, e.g.
     * {@code orphan ids: 002-FR-777, FR-1 and 3 more; ambiguous ids: FR-001 (write it as 002-FR-001)}; {@code ""}
     * when there is none.
     */
    public String orphanNames(int max) {
        List<String> undefined = new java.util.ArrayList<>();
        List<String> ambiguous = new java.util.ArrayList<>();
        for (Orphan orphan : orphans) {
            if (orphan.reason() != null && orphan.reason().startsWith("ambiguous")) {
                int hint = orphan.reason().indexOf("write it as ");
                ambiguous.add(orphan.id() + (hint < 0 ? "" : " (" + orphan.reason().substring(hint) + ")"));
            }
            else {
                undefined.add(orphan.id());
            }
        }
        List<String> parts = new java.util.ArrayList<>();
        if (!undefined.isEmpty()) {
            parts.add("orphan ids: " + firstFew(undefined, max));
        }
        if (!ambiguous.isEmpty()) {
            parts.add("ambiguous ids: " + firstFew(ambiguous, max));
        }
        return String.join("; ", parts);
    }

    private static String firstFew(List<String> names, int max) {
        int shown = Math.max(1, max);
        return names.size() <= shown ? String.join(", ", names)
                : String.join(", ", names.subList(0, shown)) + " and " + (names.size() - shown) + " more";
    }

    private int partial(PartialKind kind) {
        return (int) requirements.stream().filter(r -> r.partialKind() == kind).count();
    }

    static double percentage(int part, int whole) {
        if (whole <= 0) {
            return 0.0;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
