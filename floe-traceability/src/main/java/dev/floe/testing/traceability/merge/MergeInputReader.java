package dev.floe.testing.traceability.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

/**
 * Reads one merge input: a {@code traceability-matrix.json} (with the durations and failure messages of the
 * {@code test-report.json} beside it, when there is one) or a result fragment of the run listener.
 *
 * <p>The input is checked field by field against the shape the merge needs (the required fields of the
 * TraceabilityMatrix contract, the test statuses); anything else fails with a {@link MergeInputException}
 * that names the file and the JSON path, e.g. {@code Invalid merge input a/traceability-matrix.json:
 * $.tests[3].status must be one of passed, failed, error, skipped, aborted, not_run, found "green"}.
 *
 * @since 0.1.0
 */
public final class MergeInputReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MATRIX_FIELDS = List.of("feature_id", "feature_name", "generated_at",
            "spec_files", "requirements", "tests", "mappings");

    private MergeInputReader() {
    }

    /** Reads {@code file}, telling a matrix from a result fragment by its fields. */
    public static MergeInput read(Path file) {
        String name = file.toString().replace('\\', '/');
        JsonNode root = parse(file, name);
        JsonFields f = new JsonFields(name);
        f.object(root, "$");
        if (root.has("format") && root.has("results")) {
            return fragment(root, f, name, file);
        }
        if (!root.has("tests") && !root.has("mappings")) {
            throw f.invalid("$", "is neither a traceability matrix (fields " + String.join(", ", MATRIX_FIELDS)
                    + ") nor a result fragment (fields format, run_id, results)");
        }
        return matrix(root, f, name, file);
    }

    private static JsonNode parse(Path file, String name) {
        try {
            return JSON.readTree(Files.readString(file));
        }
        catch (NoSuchFileException e) {
            throw new MergeInputException("Missing merge input " + name + ": no such file");
        }
        catch (JacksonException e) {
            throw new MergeInputException("Corrupt merge input " + name + ": not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + " ("
                    + e.getOriginalMessage() + ")", e);
        }
        catch (IOException e) {
            throw new MergeInputException("Unreadable merge input " + name + ": " + e.getMessage(), e);
        }
    }

    private static MergeInput matrix(JsonNode root, JsonFields f, String name, Path file) {
        for (String field : MATRIX_FIELDS) {
            f.required(root, "$", field);
        }
        f.array(root, "$", "spec_files");
        f.array(root, "$", "requirements");
        f.array(root, "$", "mappings");
        Instant generatedAt = instant(f, f.text(root, "$", "generated_at"), "$.generated_at");
        Map<String, long[]> durations = new HashMap<>();
        Map<String, String> messages = new HashMap<>();
        Path report = file.resolveSibling(TraceabilityReports.TEST_REPORT_JSON);
        if (Files.isRegularFile(report)) {
            readTestReport(report, durations, messages);
        }
        JsonNode tests = f.array(root, "$", "tests");
        List<TestResult> results = new ArrayList<>(tests.size());
        for (int i = 0; i < tests.size(); i++) {
            String path = "$.tests[" + i + "]";
            JsonNode test = f.object(tests.get(i), path);
            String filePath = f.text(test, path, "file_path");
            String function = f.text(test, path, "function_name");
            String module = f.text(test, path, "package");
            String className = f.optionalText(test, path, "class_name");
            String testId = f.optionalText(test, path, "test_id");
            if (testId == null) {
                testId = filePath + "::" + simpleName(className) + "::" + function;
            }
            TestOutcome outcome = test.has("status") ? outcome(f, f.text(test, path, "status"), path + ".status")
                    : TestOutcome.PASSED;
            long[] duration = durations.get(testId);
            results.add(new TestResult(testId, filePath, className, function, function, module,
                    f.optionalText(test, path, "java_package"), f.optionalStrings(test, path, "requirement_ids"),
                    outcome, duration == null ? 0 : duration[0], messages.get(testId)));
        }
        List<String> partial = new ArrayList<>();
        if (f.optionalBoolean(root, "$", "partial_run")) {
            List<String> reasons = f.optionalStrings(root, "$", "partial_reasons");
            partial.add(name + " is a partial run" + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons)));
        }
        return new MergeInput(name, generatedAt, partial, classDirsBeside(file), results);
    }

    private static void readTestReport(Path report, Map<String, long[]> durations, Map<String, String> messages) {
        String name = report.toString().replace('\\', '/');
        JsonFields f = new JsonFields(name);
        JsonNode root = f.object(parse(report, name), "$");
        JsonNode results = f.array(root, "$", "test_results");
        for (int i = 0; i < results.size(); i++) {
            String path = "$.test_results[" + i + "]";
            JsonNode result = f.object(results.get(i), path);
            String id = f.text(result, path, "test_id");
            durations.put(id, new long[] {f.optionalLong(result, path, "duration_ms")});
            String message = f.optionalText(result, path, "error_message");
            if (message != null) {
                messages.put(id, message);
            }
        }
    }

    private static MergeInput fragment(JsonNode root, JsonFields f, String name, Path file) {
        JsonNode results = f.array(root, "$", "results");
        List<TestResult> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            String path = "$.results[" + i + "]";
            JsonNode r = f.object(results.get(i), path);
            out.add(new TestResult(f.text(r, path, "testId"), f.optionalText(r, path, "sourceFile"),
                    f.optionalText(r, path, "className"), f.optionalText(r, path, "methodName"),
                    f.optionalText(r, path, "displayName"), f.optionalText(r, path, "module"),
                    f.optionalText(r, path, "javaPackage"), f.optionalStrings(r, path, "coveredIds"),
                    fragmentOutcome(f, f.text(r, path, "outcome"), path + ".outcome"),
                    f.optionalLong(r, path, "durationMs"), f.optionalText(r, path, "message")));
        }
        List<String> reasons = f.optionalStrings(root, "$", "partialReasons");
        List<String> partial = reasons.isEmpty() ? List.of()
                : List.of(name + " is a partial run: " + String.join("; ", reasons));
        return new MergeInput(name, null, partial, f.optionalStrings(root, "$", "testClassDirs"), out);
    }

    private static TestOutcome outcome(JsonFields f, String status, String path) {
        for (TestOutcome outcome : TestOutcome.values()) {
            if (outcome.reportName().equals(status)) {
                return outcome;
            }
        }
        throw f.invalid(path, "must be one of passed, failed, error, skipped, aborted, not_run, found \"" + status
                + "\"");
    }

    private static TestOutcome fragmentOutcome(JsonFields f, String value, String path) {
        try {
            return TestOutcome.valueOf(value.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw f.invalid(path, "must be one of PASSED, FAILED, ERRORED, SKIPPED, ABORTED, NOT_RUN, found \""
                    + value + "\"");
        }
    }

    private static Instant instant(JsonFields f, String text, String path) {
        try {
            return Instant.parse(text);
        }
        catch (DateTimeParseException e) {
            throw f.invalid(path, "must be an ISO-8601 instant such as 2026-11-26T09:00:00Z, found \"" + text + "\"");
        }
    }

    /** {@code <module>/target/test-classes} for a matrix at {@code <module>/target/floe-traceability/...json}. */
    private static List<String> classDirsBeside(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        if (dir != null && dir.getFileName() != null && dir.getFileName().toString().equals("floe-traceability")
                && dir.getParent() != null) {
            Path testClasses = dir.getParent().resolve("test-classes");
            if (Files.isDirectory(testClasses)) {
                return List.of(testClasses.toString());
            }
        }
        return List.of();
    }

    private static String simpleName(String className) {
        if (className == null) {
            return "";
        }
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }
}
