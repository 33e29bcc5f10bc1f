package dev.floe.testing.traceability.fragment.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

/**
 * Fragment files as streamed JSON: written at the end of every test plan, so they avoid data binding, whose
 * start-up cost a fresh test JVM would pay for every run.
 */
final class FragmentJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private FragmentJson() {
    }

    static byte[] write(ResultFragment fragment) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + fragment.results().size() * 256);
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("format", fragment.format());
            json.writeStringField("runId", fragment.runId());
            json.writeStringField("module", fragment.module());
            strings(json, "partialReasons", fragment.partialReasons());
            strings(json, "testClassDirs", fragment.testClassDirs());
            json.writeArrayFieldStart("results");
            for (TestResult r : fragment.results()) {
                json.writeStartObject();
                json.writeStringField("testId", r.testId());
                json.writeStringField("sourceFile", r.sourceFile());
                json.writeStringField("className", r.className());
                json.writeStringField("methodName", r.methodName());
                json.writeStringField("displayName", r.displayName());
                json.writeStringField("module", r.module());
                json.writeStringField("javaPackage", r.javaPackage());
                strings(json, "coveredIds", r.coveredIds());
                json.writeStringField("outcome", r.outcome().name());
                json.writeNumberField("durationMs", r.durationMs());
                json.writeStringField("message", r.message());
                if (r.stackTrace() != null) {
                    json.writeStringField("stackTrace", r.stackTrace());
                }
                if (r.setupMs() > 0) {
                    json.writeNumberField("setupMs", r.setupMs());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    static ResultFragment read(InputStream in) throws IOException {
        try (JsonParser json = FACTORY.createParser(in)) {
            expect(json, json.nextToken(), JsonToken.START_OBJECT);
            int format = 0;
            String runId = null;
            String module = null;
            List<String> reasons = List.of();
            List<String> dirs = List.of();
            List<TestResult> results = new ArrayList<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "format" -> format = json.getIntValue();
                    case "runId" -> runId = json.getValueAsString();
                    case "module" -> module = json.getValueAsString();
                    case "partialReasons" -> reasons = strings(json, value);
                    case "testClassDirs" -> dirs = strings(json, value);
                    case "results" -> {
                        expect(json, value, JsonToken.START_ARRAY);
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            results.add(result(json));
                        }
                    }
                    default -> json.skipChildren();
                }
            }
            if (runId == null) {
                throw new JsonParseException(json,
                        ShouldBeValidFragment.shouldBeValidFragment(json, "a runId", "none"));
            }
            return new ResultFragment(format, runId, module, reasons, dirs, results);
        }
    }

    private static TestResult result(JsonParser json) throws IOException {
        TestResult.Builder result = TestResult.builder();
        String testId = null;
        String outcome = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "testId" -> testId = json.getValueAsString();
                case "sourceFile" -> result.withSourceFile(json.getValueAsString());
                case "className" -> result.withClassName(json.getValueAsString());
                case "methodName" -> result.withMethodName(json.getValueAsString());
                case "displayName" -> result.withDisplayName(json.getValueAsString());
                case "module" -> result.withModule(json.getValueAsString());
                case "javaPackage" -> result.withJavaPackage(json.getValueAsString());
                case "message" -> result.withMessage(json.getValueAsString());
                case "coveredIds" -> result.withCoveredIds(strings(json, value));
                case "outcome" -> outcome = json.getValueAsString();
                case "durationMs" -> result.withDurationMs(json.getLongValue());
                case "stackTrace" -> result.withStackTrace(json.getValueAsString());
                case "setupMs" -> result.withSetupMs(json.getLongValue());
                default -> json.skipChildren();
            }
        }
        if (testId == null || outcome == null) {
            throw new JsonParseException(json, ShouldBeValidFragment.shouldBeValidFragment(json,
                    "a result with testId and outcome", "a result without testId or outcome"));
        }
        return result.withTestId(testId).withOutcome(TestOutcome.valueOf(outcome)).build();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static List<String> strings(JsonParser json, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return List.of();
        }
        expect(json, start, JsonToken.START_ARRAY);
        List<String> values = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            values.add(json.getValueAsString());
        }
        return values;
    }

    private static void expect(JsonParser json, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new JsonParseException(json,
                    ShouldBeValidFragment.shouldBeValidFragment(json, String.valueOf(expected), String.valueOf(actual)));
        }
    }
}
