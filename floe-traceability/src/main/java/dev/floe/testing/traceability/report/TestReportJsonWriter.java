package dev.floe.testing.traceability.report;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

/**
 * {@code test-report.json}: floe's TraceabilityReport contract, extended with feature-scoped ids and the
 * {@code aborted} and {@code not_run} test statuses. One package entry per module that ran tests: the
 * requirements its tests cite, with the status those tests alone give them.
 */
final class TestReportJsonWriter {

    private TestReportJsonWriter() {
    }

    static String render(TraceabilityMatrix matrix) {
        return Json.render(json -> write(json, matrix));
    }

    private static void write(JsonGenerator json, TraceabilityMatrix matrix) throws IOException {
        json.writeStartObject();
        json.writeStringField("feature_id", matrix.featureId());
        json.writeStringField("generated_at", DateTimeFormatter.ISO_INSTANT.format(matrix.generatedAt()));
        json.writeNumberField("total_requirements", matrix.requirements().size());
        json.writeNumberField("covered", matrix.count(CoverageStatus.COVERED));
        json.writeNumberField("partial", matrix.count(CoverageStatus.PARTIAL));
        json.writeNumberField("uncovered", matrix.count(CoverageStatus.UNCOVERED));
        json.writeNumberField("excluded", matrix.count(CoverageStatus.EXCLUDED));
        json.writeNumberField("coverage_percentage", matrix.coveragePercentage());
        json.writeBooleanField("partial_run", matrix.partialRun());
        Json.nullableString(json, "error", matrix.error());

        json.writeArrayFieldStart("packages");
        for (Map.Entry<String, int[]> entry : packages(matrix).entrySet()) {
            int[] c = entry.getValue();
            int total = c[0] + c[1] + c[2];
            json.writeStartObject();
            json.writeStringField("package", entry.getKey());
            json.writeNumberField("total_requirements", total);
            json.writeNumberField("covered", c[0]);
            json.writeNumberField("partial", c[1]);
            json.writeNumberField("uncovered", c[2]);
            json.writeNumberField("coverage_percentage", total == 0 ? 0.0 : Math.round(c[0] * 1000.0 / total) / 10.0);
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("test_results");
        for (TestResult test : matrix.tests()) {
            json.writeStartObject();
            json.writeStringField("test_id", test.testId());
            json.writeStringField("status", test.outcome().reportName());
            json.writeNumberField("duration_ms", test.durationMs());
            Json.nullableString(json, "error_message", test.message());
            // extensions (the contract's TestResult allows more properties): what the HTML page shows per test
            if (test.displayName() != null) {
                json.writeStringField("display_name", test.displayName());
            }
            if (test.setupMs() > 0) {
                json.writeNumberField("setup_ms", test.setupMs());
            }
            if (test.stackTrace() != null) {
                json.writeStringField("stack_trace", test.stackTrace());
            }
            json.writeEndObject();
        }
        json.writeEndArray();

        Json.strings(json, "gaps", matrix.requirements().stream()
                .filter(r -> r.status() == CoverageStatus.UNCOVERED).map(RequirementCoverage::id).toList());
        json.writeEndObject();
    }

    /** Per module: counts of covered, partial, uncovered (uncovered cannot occur: cited means tested) requirements. */
    private static Map<String, int[]> packages(TraceabilityMatrix matrix) {
        Map<String, TestResult> tests = new HashMap<>();
        for (TestResult test : matrix.tests()) {
            tests.put(test.testId(), test);
        }
        Map<String, int[]> result = new TreeMap<>();
        for (TestResult test : matrix.tests()) {
            result.computeIfAbsent(module(test), k -> new int[3]);
        }
        for (RequirementCoverage row : matrix.requirements()) {
            Map<String, TreeSet<TestOutcome>> outcomesByModule = new TreeMap<>();
            for (String testId : row.testIds()) {
                TestResult test = tests.get(testId);
                outcomesByModule.computeIfAbsent(module(test), k -> new TreeSet<>()).add(test.outcome());
            }
            outcomesByModule.forEach((module, outcomes) -> {
                int[] c = result.get(module);
                if (outcomes.equals(new TreeSet<>(List.of(TestOutcome.PASSED)))) {
                    c[0]++;
                }
                else {
                    c[1]++;
                }
            });
        }
        return result;
    }

    private static String module(TestResult test) {
        return test.module() == null || test.module().isBlank() ? "(unknown)" : test.module();
    }
}
