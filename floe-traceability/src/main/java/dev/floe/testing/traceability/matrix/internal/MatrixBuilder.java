package dev.floe.testing.traceability.matrix.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.FeatureCoverage;
import dev.floe.testing.traceability.matrix.Orphan;
import dev.floe.testing.traceability.matrix.PartialKind;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.RequirementId;

/**
 * Builds a {@link TraceabilityMatrix} from specs, test results (of one JVM, several forks or several
 * shards: the same code path) and exclusions.
 *
 * <p>Results with the same test id are merged: the worse outcome wins (a test that failed anywhere
 * counts as failed), covered ids are united. A spec-local id ({@code FR-024}) resolves against the
 * default feature when it defines the id, else against the only feature that does; when several do,
 * the id is ambiguous and reported as a problem.
 *
 * <pre>{@code
 * TraceabilityMatrix matrix = MatrixBuilder.forSpecs(specs)
 *         .withResults(results)
 *         .withExclusions(exclusions)
 *         .build(Instant.now());
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class MatrixBuilder {

    private final SpecSet specs;
    private final List<TestResult> results = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final List<String> partialReasons = new ArrayList<>();
    private final List<String> extraProblems = new ArrayList<>();
    private String defaultFeature;
    private boolean partialRun;

    private MatrixBuilder(SpecSet specs) {
        this.specs = Preconditions.notNull(specs, "specs");
    }

    /** A builder for a matrix over {@code specs}. */
    public static MatrixBuilder forSpecs(SpecSet specs) {
        return new MatrixBuilder(specs);
    }

    /** Adds test results; the same test id may appear several times (forks, shards) and is merged. */
    public MatrixBuilder withResults(Collection<TestResult> more) {
        results.addAll(more);
        return this;
    }

    /** Adds exclusions; one that names no requirement is reported as a problem. */
    public MatrixBuilder withExclusions(Collection<Exclusion> more) {
        exclusions.addAll(more);
        return this;
    }

    /** The feature that spec-local ids ({@code FR-024}) resolve against first; {@code null} for none. */
    public MatrixBuilder withDefaultFeature(String featureId) {
        this.defaultFeature = featureId;
        return this;
    }

    /** Marks the run partial for {@code reason}; may be called several times. */
    public MatrixBuilder withPartialRun(String reason) {
        partialRun = true;
        partialReasons.add(Preconditions.notBlank(reason, "reason"));
        return this;
    }

    /** Adds a problem found outside the builder (e.g. an unreadable result fragment). */
    public MatrixBuilder withProblem(String problem) {
        extraProblems.add(Preconditions.notBlank(problem, "problem"));
        return this;
    }

    /** Builds the matrix as of {@code now}; exclusions expire by {@code now}'s UTC date. */
    public TraceabilityMatrix build(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        TreeSet<String> problems = new TreeSet<>(specs.problems());
        problems.addAll(extraProblems);

        Map<String, Requirement> byId = new TreeMap<>();
        Map<String, List<String>> featuresByLocal = new HashMap<>();
        for (Requirement requirement : specs.requirements()) {
            String id = requirement.id().toString();
            if (byId.putIfAbsent(id, requirement) != null) {
                problems.add("Requirement " + id + " is defined twice: " + byId.get(id).specFile() + ":"
                        + byId.get(id).line() + " and " + requirement.specFile() + ":" + requirement.line());
                continue;
            }
            featuresByLocal.computeIfAbsent(requirement.id().local(), k -> new ArrayList<>())
                    .add(requirement.id().feature());
        }

        // tests in id order: each requirement's (and orphan's) test list comes out sorted without sorting it
        List<TestResult> sortedTests = new ArrayList<>(ResultMerge.byTestId(results));
        sortedTests.sort(Comparator.comparing(TestResult::testId));
        Map<String, List<String>> testsByRequirement = new HashMap<>();
        Map<String, List<String>> orphanTests = new TreeMap<>();
        Map<String, String> orphanReasons = new HashMap<>();
        Map<String, TestResult> testsById = new HashMap<>(sortedTests.size() * 2);
        // thousands of tests cite a few hundred distinct ids: parse and resolve each text once
        Map<String, Optional<RequirementId>> parsedByCited = new HashMap<>();
        Map<String, String> resolvedByCited = new HashMap<>();
        for (TestResult test : sortedTests) {
            testsById.put(test.testId(), test);
            for (String cited : test.coveredIds()) {
                Optional<RequirementId> parsed = parsedByCited.computeIfAbsent(cited, RequirementId::parse);
                String resolved = resolvedByCited.computeIfAbsent(cited,
                        c -> parsed.map(id -> resolve(id, featuresByLocal, byId)).orElse(""));
                if (!resolved.isEmpty()) {
                    addOnce(testsByRequirement.computeIfAbsent(resolved, k -> new ArrayList<>()), test.testId());
                    continue;
                }
                addOnce(orphanTests.computeIfAbsent(cited, k -> new ArrayList<>()), test.testId());
                orphanReasons.computeIfAbsent(cited, k -> parsed.isEmpty()
                        ? "not a requirement id (expected FR-024, FR-006a or 006-FR-024)"
                        : ambiguity(parsed.get(), featuresByLocal));
            }
        }

        Map<String, Exclusion> exclusionsById = new HashMap<>();
        for (Exclusion exclusion : exclusions) {
            String resolved = RequirementId.parse(exclusion.id())
                    .map(id -> resolve(id, featuresByLocal, byId)).orElse(null);
            if (resolved == null) {
                problems.add("Exclusion of " + exclusion.id() + " names no requirement of the specs (owner "
                        + exclusion.owner() + ")");
            }
            else {
                exclusionsById.put(resolved, exclusion);
            }
        }

        List<RequirementCoverage> rows = new ArrayList<>();
        Map<String, String> usualTestFile = TestLocations.usualFilePerFeature(testsByRequirement, testsById, byId);
        for (Requirement requirement : byId.values()) {
            String id = requirement.id().toString();
            List<String> ids = testsByRequirement.getOrDefault(id, List.of());
            rows.add(row(requirement, ids, testsById, exclusionsById.get(id), today, usualTestFile));
        }

        List<Orphan> orphans = new ArrayList<>();
        String error = error();
        // without usable specs no id is defined: listing every cited id as an orphan would only bury the error
        (error != null ? Map.<String, List<String>>of() : orphanTests).forEach((id, ids) -> orphans.add(new Orphan(id, List.copyOf(ids), orphanReasons.get(id))));

        return new TraceabilityMatrix(now, specs, rows, sortedTests, orphans, features(rows), List.copyOf(problems),
                error, partialRun, partialReasons.stream().distinct().sorted().toList());
    }

    private String error() {
        if (specs.error() != null) {
            return specs.error();
        }
        if (specs.specFiles().isEmpty()) {
            return "No spec found: looked for " + specs.searched()
                    + ". Write specs as specs/NNN-name/spec.md or set floe.traceability.specs.";
        }
        if (specs.requirements().isEmpty()) {
            return "The specs define no requirement (" + String.join(", ", specs.specFiles()) + "; looked for "
                    + specs.searched() + "). Requirements are list items starting with a bold id: - **FR-001**: ...";
        }
        return null;
    }

    private String resolve(RequirementId id, Map<String, List<String>> featuresByLocal,
            Map<String, Requirement> byId) {
        if (id.isQualified()) {
            return byId.containsKey(id.toString()) ? id.toString() : null;
        }
        List<String> features = featuresByLocal.getOrDefault(id.local(), List.of());
        if (defaultFeature != null && features.contains(defaultFeature)) {
            return id.inFeature(defaultFeature).toString();
        }
        return features.size() == 1 ? id.inFeature(features.get(0)).toString() : null;
    }

    private static String ambiguity(RequirementId id, Map<String, List<String>> featuresByLocal) {
        List<String> features = featuresByLocal.getOrDefault(id.local(), List.of());
        if (!id.isQualified() && features.size() > 1) {
            return "ambiguous: defined by features " + String.join(", ", new TreeSet<>(features))
                    + "; write it as " + features.stream().sorted().findFirst().orElseThrow() + "-" + id.local();
        }
        return "not defined by any spec";
    }

    /** Adds {@code testId} unless it was just added (a test citing one requirement under two spellings). */
    private static void addOnce(List<String> testIds, String testId) {
        if (testIds.isEmpty() || !testIds.get(testIds.size() - 1).equals(testId)) {
            testIds.add(testId);
        }
    }

    private static RequirementCoverage row(Requirement requirement, List<String> ids,
            Map<String, TestResult> testsById, Exclusion exclusion, LocalDate today,
            Map<String, String> usualTestFile) {
        int passed = 0;
        int failed = 0;
        int notRun = 0;
        for (String id : ids) {
            TestOutcome outcome = testsById.get(id).outcome();
            if (outcome == TestOutcome.PASSED) {
                passed++;
            }
            else if (outcome.isFailure()) {
                failed++;
            }
            else {
                notRun++;
            }
        }
        CoverageStatus status;
        PartialKind kind = null;
        if (exclusion != null && !exclusion.isExpiredOn(today)) {
            status = CoverageStatus.EXCLUDED;
        }
        else if (ids.isEmpty()) {
            status = CoverageStatus.UNCOVERED;
        }
        else if (failed == 0 && notRun == 0) {
            status = CoverageStatus.COVERED;
        }
        else {
            status = CoverageStatus.PARTIAL;
            kind = failed > 0 ? PartialKind.FAILING : PartialKind.NOT_RUN;
        }
        String suggestion = status == CoverageStatus.UNCOVERED
                ? TestLocations.suggestion(requirement, usualTestFile.get(featureOf(requirement)))
                : null;
        return new RequirementCoverage(requirement, status, kind, List.copyOf(ids), passed, failed, notRun,
                exclusion, suggestion);
    }

    static String featureOf(Requirement requirement) {
        return requirement.id().feature() == null ? "" : requirement.id().feature();
    }

    private static List<FeatureCoverage> features(List<RequirementCoverage> rows) {
        Map<String, List<RequirementCoverage>> byFeature = new TreeMap<>();
        for (RequirementCoverage row : rows) {
            byFeature.computeIfAbsent(featureOf(row.requirement()), k -> new ArrayList<>()).add(row);
        }
        List<FeatureCoverage> features = new ArrayList<>();
        byFeature.forEach((feature, list) -> {
            String specFile = list.get(0).requirement().specFile();
            features.add(new FeatureCoverage(feature, folderName(specFile), specFile, list.size(),
                    count(list, CoverageStatus.COVERED), count(list, CoverageStatus.PARTIAL),
                    count(list, CoverageStatus.UNCOVERED), count(list, CoverageStatus.EXCLUDED)));
        });
        return features;
    }

    private static String folderName(String specFile) {
        String[] parts = specFile.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : specFile;
    }

    private static int count(List<RequirementCoverage> rows, CoverageStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }
}
