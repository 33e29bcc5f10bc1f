package dev.floe.testing.traceability.merge.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.ShouldBeReadable;
import dev.floe.testing.common.internal.ShouldExist;
import dev.floe.testing.traceability.merge.MergeInputException;
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
@API(status = INTERNAL, since = "0.1.0")
public final class MergeInputReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MATRIX_FIELDS = List.of("feature_id", "feature_name", "generated_at",
            "spec_files", "requirements", "tests", "mappings");

    private MergeInputReader() {
    }

    /** Reads {@code file}, telling a matrix from a result fragment by its fields. */
    public static MergeInput read(Path file) {
        String name = file.toString().replace('\\', '/');
        JsonFields f = new JsonFields(name);
        // A report file is a link into the visible set. Both files are opened at once through the same
        // resolved set folder, so they are of one set, and stay readable even when a newer set replaces it.
        Opened opened = openSet(file, name);
        try (JsonParser parser = JSON.getFactory().createParser(opened.matrix())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw f.invalid("$", "an object", JsonFields.describe(parser.currentToken()));
            }
            return readObject(parser, f, name, file, opened);
        }
        catch (IOException e) {
            throw unreadable(name, e);
        }
        finally {
            opened.close();
        }
    }

    /** The input and the test report beside it, opened; {@code report} is {@code null} when there is none. */
    private record Opened(java.io.InputStream matrix, java.io.InputStream report) {

        void close() {
            try {
                matrix.close();
                if (report != null) {
                    report.close();
                }
            }
            catch (IOException ignored) {
                // read-only streams
            }
        }
    }

    private static Opened openSet(Path file, String name) {
        for (int attempt = 1;; attempt++) {
            Path resolved = resolved(file);
            Path report = resolved.resolveSibling(TraceabilityReports.TEST_REPORT_JSON);
            java.io.InputStream matrix = null;
            try {
                matrix = open(resolved, name);
                if (Files.isRegularFile(report)) {
                    return new Opened(matrix, open(report, name));
                }
                if (resolved.equals(file) || attempt == 3) {
                    return new Opened(matrix, null);
                }
                // every set holds its test report: this one was removed after the matrix was opened
                new Opened(matrix, null).close();
            }
            catch (MergeInputException e) {
                if (matrix != null) {
                    new Opened(matrix, null).close();
                }
                // the set was replaced and removed between resolving the link and opening: resolve again
                if (attempt == 3 || resolved.equals(file)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Streams the top-level object: the tests one by one, the large requirement and mapping arrays skipped,
     * so a big matrix never sits in memory as a tree.
     */
    private static MergeInput readObject(JsonParser parser, JsonFields f, String name, Path file, Opened opened)
            throws IOException {
        ObjectNode small = JSON.createObjectNode();
        List<JsonNode> tests = null;
        List<JsonNode> results = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "tests", "results" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw f.invalid("$." + field, "an array", JsonFields.describe(value));
                    }
                    List<JsonNode> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(StreamedTree.read(parser));
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
                        throw f.invalid("$." + field, "an array", JsonFields.describe(value));
                    }
                    parser.skipChildren();
                    small.putArray(field);
                }
                default -> small.set(field, StreamedTree.read(parser));
            }
        }
        if (small.has("format") && results != null) {
            return fragment(small, results, f, name);
        }
        if (tests == null && !small.has("mappings")) {
            throw f.invalid("$", "a traceability matrix (fields " + String.join(", ", MATRIX_FIELDS)
                    + ") or a result fragment (fields format, run_id, results)", "an object with fields "
                    + String.join(", ", (Iterable<String>) small::fieldNames));
        }
        return matrix(small, tests == null ? List.of() : tests, f, name, file, opened);
    }

    private static Path resolved(Path file) {
        try {
            return Files.isSymbolicLink(file) ? file.toRealPath() : file;
        }
        catch (IOException e) {
            return file; // a dangling link: opening it names the input as missing
        }
    }

    private static java.io.InputStream open(Path file, String name) {
        try {
            return new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        }
        catch (NoSuchFileException e) {
            throw new MergeInputException(ShouldExist.shouldExist("Merge input", file,
                    "run the tests that write it (mvn verify), or correct the path"));
        }
        catch (IOException e) {
            throw new MergeInputException(ShouldBeReadable.shouldBeReadable("merge input " + name, name, e,
                    "check that the file is readable, or leave it out of the merge inputs"), e);
        }
    }

    private static MergeInput matrix(JsonNode root, List<JsonNode> tests, JsonFields f, String name, Path file,
            Opened opened) {
        for (String field : MATRIX_FIELDS) {
            f.required(root, "$", field);
        }
        Instant generatedAt = f.instant(f.text(root, "$", "generated_at"), "$.generated_at");
        Map<String, long[]> durations = new HashMap<>();
        Map<String, String[]> texts = new HashMap<>();
        if (opened.report() != null) {
            readTestReport(file.resolveSibling(TraceabilityReports.TEST_REPORT_JSON), opened.report(), durations, texts);
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
            TestOutcome outcome = test.has("status") ? f.outcome(f.text(test, path, "status"), path + ".status")
                    : TestOutcome.PASSED;
            long[] duration = durations.get(testId);
            String[] text = texts.getOrDefault(testId, NO_TEXTS);
            results.add(TestResult.builder().withTestId(testId).withSourceFile(filePath).withClassName(className)
                    .withMethodName(function).withDisplayName(text[2] == null ? function : text[2]).withModule(module)
                    .withJavaPackage(f.optionalText(test, path, "java_package"))
                    .withCoveredIds(f.optionalStrings(test, path, "requirement_ids")).withOutcome(outcome)
                    .withDurationMs(duration == null ? 0 : duration[0]).withMessage(text[0]).withStackTrace(text[1])
                    .withSetupMs(duration == null ? 0 : duration[1])
                    .build());
        }
        List<String> partial = new ArrayList<>();
        if (f.optionalBoolean(root, "$", "partial_run")) {
            List<String> reasons = f.optionalStrings(root, "$", "partial_reasons");
            partial.add(name + " is a partial run" + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons)));
        }
        return new MergeInput(name, generatedAt, partial, classDirsBeside(file), results);
    }

    private static final String[] NO_TEXTS = new String[3];

    /**
     * Streams {@code test_results} of a test report: only the ids, durations (own, class set-up) and texts
     * (message, stack trace, display name) are kept.
     */
    private static void readTestReport(Path report, java.io.InputStream in, Map<String, long[]> durations,
            Map<String, String[]> texts) {
        String name = report.toString().replace('\\', '/');
        JsonFields f = new JsonFields(name);
        try (JsonParser parser = JSON.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw f.invalid("$", "an object", JsonFields.describe(parser.currentToken()));
            }
            boolean seen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("test_results")) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw f.invalid("$.test_results", "an array", JsonFields.describe(value));
                }
                seen = true;
                for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                    String path = "$.test_results[" + i + "]";
                    JsonNode result = f.object(StreamedTree.read(parser), path);
                    String id = f.text(result, path, "test_id");
                    durations.put(id, new long[] {f.optionalLong(result, path, "duration_ms"),
                        f.optionalLong(result, path, "setup_ms")});
                    String[] text = {f.optionalText(result, path, "error_message"),
                        f.optionalText(result, path, "stack_trace"), f.optionalText(result, path, "display_name")};
                    if (text[0] != null || text[1] != null || text[2] != null) {
                        texts.put(id, text);
                    }
                }
            }
            if (!seen) {
                throw f.invalid("$.test_results", "present", "nothing: the field is missing");
            }
        }
        catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** A merge input that is not JSON ({@link JacksonException}: line and column) or cannot be read at all. */
    private static MergeInputException unreadable(String name, IOException e) {
        if (e instanceof JacksonException json) {
            return new MergeInputException(ShouldBeValidJson.shouldBeValidJson("merge input", name,
                    json.getLocation() == null ? 0 : json.getLocation().getLineNr(),
                    json.getLocation() == null ? 0 : json.getLocation().getColumnNr(), json.getOriginalMessage(),
                    JsonFields.FIX), e);
        }
        return new MergeInputException(ShouldBeReadable.shouldBeReadable("merge input " + name, name, e,
                "check that the file is readable, or leave it out of the merge inputs"), e);
    }

    private static MergeInput fragment(JsonNode root, List<JsonNode> results, JsonFields f, String name) {
        List<TestResult> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            String path = "$.results[" + i + "]";
            JsonNode r = f.object(results.get(i), path);
            out.add(TestResult.builder()
                    .withTestId(f.text(r, path, "testId"))
                    .withSourceFile(f.optionalText(r, path, "sourceFile"))
                    .withClassName(f.optionalText(r, path, "className"))
                    .withMethodName(f.optionalText(r, path, "methodName"))
                    .withDisplayName(f.optionalText(r, path, "displayName"))
                    .withModule(f.optionalText(r, path, "module"))
                    .withJavaPackage(f.optionalText(r, path, "javaPackage"))
                    .withCoveredIds(f.optionalStrings(r, path, "coveredIds"))
                    .withOutcome(f.fragmentOutcome(f.text(r, path, "outcome"), path + ".outcome"))
                    .withDurationMs(f.optionalLong(r, path, "durationMs"))
                    .withMessage(f.optionalText(r, path, "message"))
                    .withStackTrace(f.optionalText(r, path, "stackTrace"))
                    .withSetupMs(f.optionalLong(r, path, "setupMs"))
                    .build());
        }
        List<String> reasons = f.optionalStrings(root, "$", "partialReasons");
        List<String> partial = reasons.isEmpty() ? List.of()
                : List.of(name + " is a partial run: " + String.join("; ", reasons));
        return new MergeInput(name, null, partial, f.optionalStrings(root, "$", "testClassDirs"), out);
    }

    /**
     * {@code <module>/target/test-classes} for a matrix anywhere under {@code <module>/target/floe-traceability/}
     * (the full run's folder or its {@code partial} folder), so that covering tests an input did not run are
     * found as "not run".
     */
    private static List<String> classDirsBeside(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        for (int up = 0; dir != null && up < 3; up++, dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("floe-traceability")
                    && dir.getParent() != null) {
                Path testClasses = dir.getParent().resolve("test-classes");
                return Files.isDirectory(testClasses) ? List.of(testClasses.toString()) : List.of();
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
