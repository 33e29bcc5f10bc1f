package dev.floe.testing.traceability.report;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.FeatureCoverage;
import dev.floe.testing.traceability.matrix.Orphan;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.RequirementId;

/**
 * {@code traceability-matrix.json}: floe's TraceabilityMatrix contract, extended (see
 * {@code specs/contracts/traceability-matrix.schema.json}) with feature-scoped ids, statuses, orphans and
 * the run's partiality. Durations are left out so that the file diffs cleanly between runs.
 */
final class MatrixJsonWriter {

    private MatrixJsonWriter() {
    }

    static String render(TraceabilityMatrix matrix, Map<String, List<String>> idsByTest) {
        return Json.render(json -> write(json, matrix, idsByTest));
    }

    private static void write(JsonGenerator json, TraceabilityMatrix matrix, Map<String, List<String>> idsByTest)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("feature_id", matrix.featureId());
        json.writeStringField("feature_name", featureName(matrix));
        json.writeStringField("generated_at", DateTimeFormatter.ISO_INSTANT.format(matrix.generatedAt()));
        json.writeStringField("status", matrix.error() == null ? "ok" : "error");
        Json.nullableString(json, "error", matrix.error());
        json.writeBooleanField("partial_run", matrix.partialRun());
        Json.strings(json, "partial_reasons", matrix.partialReasons());
        Json.strings(json, "spec_files", matrix.specs().specFiles());

        json.writeObjectFieldStart("summary");
        json.writeNumberField("total_requirements", matrix.requirements().size());
        for (CoverageStatus status : CoverageStatus.values()) {
            json.writeNumberField(status.reportName(), matrix.count(status));
        }
        json.writeNumberField("orphans", matrix.orphans().size());
        json.writeNumberField("tests", matrix.tests().size());
        json.writeNumberField("coverage_percentage", matrix.coveragePercentage());
        json.writeEndObject();

        json.writeArrayFieldStart("features");
        for (FeatureCoverage feature : matrix.features()) {
            json.writeStartObject();
            json.writeStringField("feature_id", feature.featureId());
            json.writeStringField("name", feature.name());
            json.writeStringField("spec_file", feature.specFile());
            json.writeNumberField("total_requirements", feature.total());
            json.writeNumberField("covered", feature.covered());
            json.writeNumberField("partial", feature.partial());
            json.writeNumberField("uncovered", feature.uncovered());
            json.writeNumberField("excluded", feature.excluded());
            json.writeNumberField("coverage_percentage", feature.percentage());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("requirements");
        for (RequirementCoverage row : matrix.requirements()) {
            Requirement requirement = row.requirement();
            json.writeStartObject();
            json.writeStringField("id", row.id());
            Json.nullableString(json, "feature_id", requirement.id().feature());
            json.writeStringField("spec_file", requirement.specFile());
            json.writeNumberField("line_number", Math.max(1, requirement.line()));
            json.writeStringField("text", requirement.text());
            json.writeStringField("category", category(requirement));
            json.writeStringField("priority", requirement.priority() == null ? "P2" : requirement.priority());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("tests");
        for (TestResult test : matrix.tests()) {
            json.writeStartObject();
            json.writeStringField("test_id", test.testId());
            json.writeStringField("file_path", nonNull(test.sourceFile()));
            json.writeStringField("function_name", nonNull(test.methodName()));
            Json.nullableString(json, "class_name", test.className());
            Json.strings(json, "markers", List.of());
            Json.strings(json, "requirement_ids", idsByTest.getOrDefault(test.testId(), List.of()));
            json.writeStringField("package", nonNull(test.module()));
            Json.nullableString(json, "java_package", test.javaPackage());
            json.writeStringField("status", test.outcome().reportName());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("mappings");
        for (RequirementCoverage row : matrix.requirements()) {
            json.writeStartObject();
            json.writeStringField("requirement_id", row.id());
            Json.strings(json, "test_ids", row.testIds());
            json.writeStringField("coverage_status", row.status().reportName());
            Json.nullableString(json, "partial_kind", row.partialKind() == null ? null : row.partialKind().reportName());
            json.writeNumberField("passed", row.passed());
            json.writeNumberField("failed", row.failed());
            json.writeNumberField("not_run", row.notRun());
            Json.nullableString(json, "notes", ReportText.notes(row));
            Json.nullableString(json, "suggested_test_location", row.suggestion());
            if (row.exclusion() != null) {
                Exclusion exclusion = row.exclusion();
                json.writeObjectFieldStart("exclusion");
                json.writeStringField("reason", exclusion.reason());
                json.writeStringField("owner", exclusion.owner());
                json.writeStringField("expires", exclusion.expires().toString());
                json.writeBooleanField("expired", row.exclusionExpired());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("orphans");
        for (Orphan orphan : matrix.orphans()) {
            json.writeStartObject();
            json.writeStringField("requirement_id", orphan.id());
            Json.strings(json, "test_ids", orphan.testIds());
            json.writeStringField("reason", orphan.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        Json.strings(json, "problems", matrix.problems());
        json.writeEndObject();
    }

    /**
     * The requirement ids (and well-formed orphan ids) each test covers, sorted and distinct, by test id;
     * built once per rendering and shared by the writers.
     */
    static Map<String, List<String>> requirementIdsByTest(TraceabilityMatrix matrix) {
        Map<String, List<String>> byTest = new HashMap<>(matrix.tests().size() * 2);
        Set<List<String>> unsorted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (RequirementCoverage row : matrix.requirements()) {
            String id = row.id();
            for (String testId : row.testIds()) {
                add(byTest.computeIfAbsent(testId, k -> new ArrayList<>(2)), id, unsorted);
            }
        }
        for (Orphan orphan : matrix.orphans()) {
            if (RequirementId.parse(orphan.id()).isPresent()) {
                String id = orphan.id().strip();
                for (String testId : orphan.testIds()) {
                    add(byTest.computeIfAbsent(testId, k -> new ArrayList<>(2)), id, unsorted);
                }
            }
        }
        for (List<String> ids : unsorted) {
            List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
            ids.clear();
            ids.addAll(sorted);
        }
        return byTest;
    }

    /** Appends {@code id}; rows come sorted by id, so a list needs sorting only when an id arrives out of order. */
    private static void add(List<String> ids, String id, Set<List<String>> unsorted) {
        if (!ids.isEmpty() && ids.get(ids.size() - 1).compareTo(id) >= 0) {
            unsorted.add(ids);
        }
        ids.add(id);
    }

    private static String featureName(TraceabilityMatrix matrix) {
        List<String> names = new ArrayList<>();
        for (FeatureCoverage feature : matrix.features()) {
            names.add(feature.name());
        }
        return names.isEmpty() ? "no feature" : String.join(", ", names);
    }

    static String category(Requirement requirement) {
        String category = requirement.category();
        return category == null || category.isBlank() ? "uncategorized" : category;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
