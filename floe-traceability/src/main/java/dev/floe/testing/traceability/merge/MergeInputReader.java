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
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /**
     * Reads {@code files} in parallel, keeping their order; when several are bad, the error of the first in
     * that order is thrown, so the message does not depend on scheduling.
     */
    public static List<MergeInput> readAll(List<Path> files) {
        List<Object> outcomes = files.parallelStream().map(file -> {
            try {
                return (Object) read(file);
            }
            catch (MergeInputException e) {
                return e;
            }
        }).toList();
        List<MergeInput> inputs = new ArrayList<>(outcomes.size());
        for (Object outcome : outcomes) {
            if (outcome instanceof MergeInputException e) {
                throw e;
            }
            inputs.add((MergeInput) outcome);
        }
        return inputs;
    }

    /** Reads {@code file}, telling a matrix from a result fragment by its fields. */
    public static MergeInput read(Path file) {
        String name = file.toString().replace('\\', '/');
        JsonFields f = new JsonFields(name);
        try (JsonParser parser = JSON.getFactory().createParser(open(file, name))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw f.invalid("$", "must be an object, found " + describe(parser.currentToken()));
            }
            return readObject(parser, f, name, file);
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

    /**
     * Streams the top-level object: the tests one by one, the large requirement and mapping arrays skipped,
     * so a big matrix never sits in memory as a tree.
     */
    private static MergeInput readObject(JsonParser parser, JsonFields f, String name, Path file) throws IOException {
        ObjectNode small = JSON.createObjectNode();
        List<JsonNode> tests = null;
        List<JsonNode> results = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "tests", "results" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw f.invalid("$." + field, "must be an array, found " + describe(value));
                    }
                    List<JsonNode> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(parser.readValueAsTree());
                    }
                    if (field.equals("tests")) {
                        tests = items;
                    }
                    else {
                        results = items;
                    }
                    small.putArray(field);
                }
                case "requirements", "mappings", "spec_files" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw f.invalid("$." + field, "must be an array, found " + describe(value));
                    }
                    parser.skipChildren();
                    small.putArray(field);
                }
                default -> small.set(field, parser.readValueAsTree());
            }
        }
        if (small.has("format") && results != null) {
            return fragment(small, results, f, name);
        }
        if (tests == null && !small.has("mappings")) {
            throw f.invalid("$", "is neither a traceability matrix (fields " + String.join(", ", MATRIX_FIELDS)
                    + ") nor a result fragment (fields format, run_id, results)");
        }
        return matrix(small, tests == null ? List.of() : tests, f, name, file);
    }

    private static java.io.InputStream open(Path file, String name) {
        try {
            return new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        }
        catch (NoSuchFileException e) {
            throw new MergeInputException("Missing merge input " + name + ": no such file");
        }
        catch (IOException e) {
            throw new MergeInputException("Unreadable merge input " + name + ": " + e.getMessage(), e);
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private static JsonNode parse(Path file, String name) {
        try (java.io.InputStream in = open(file, name)) {
            return JSON.readTree(in);
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

    private static MergeInput matrix(JsonNode root, List<JsonNode> tests, JsonFields f, String name, Path file) {
        for (String field : MATRIX_FIELDS) {
            f.required(root, "$", field);
        }
        Instant generatedAt = instant(f, f.text(root, "$", "generated_at"), "$.generated_at");
        Map<String, long[]> durations = new HashMap<>();
        Map<String, String> messages = new HashMap<>();
        Path report = file.resolveSibling(TraceabilityReports.TEST_REPORT_JSON);
        if (Files.isRegularFile(report)) {
            readTestReport(report, durations, messages);
        }
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

    private static MergeInput fragment(JsonNode root, List<JsonNode> results, JsonFields f, String name) {
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
