package dev.floe.testing.traceability.merge.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import dev.floe.testing.common.internal.FailureMessage;
import dev.floe.testing.traceability.merge.MergeInputException;
import dev.floe.testing.traceability.result.TestOutcome;

/** Typed reads of JSON fields that fail naming the file and the JSON path of what is wrong. */
final class JsonFields {

    private final String file;

    JsonFields(String file) {
        this.file = file;
    }

    /** What to do about a merge input that is not as the build writes it. */
    static final String FIX = "regenerate it with a test run (mvn verify), or leave it out of the merge inputs";

    MergeInputException invalid(String path, String expected, String found) {
        return new MergeInputException(
                ShouldHaveValidField.shouldHaveValidField("merge input", file, path, expected, found, FIX));
    }

    JsonNode required(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isMissingNode()) {
            throw invalid(path + "." + field, "present", "nothing: the field is missing");
        }
        return node;
    }

    String text(JsonNode parent, String path, String field) {
        JsonNode node = required(parent, path, field);
        if (!node.isTextual()) {
            throw invalid(path + "." + field, "a string", found(node));
        }
        return node.asText();
    }

    String optionalText(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid(path + "." + field, "a string or null", found(node));
        }
        return node.asText();
    }

    JsonNode array(JsonNode parent, String path, String field) {
        JsonNode node = required(parent, path, field);
        if (!node.isArray()) {
            throw invalid(path + "." + field, "an array", found(node));
        }
        return node;
    }

    JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw invalid(path, "an object", found(node));
        }
        return node;
    }

    List<String> optionalStrings(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw invalid(path + "." + field, "an array of strings", found(node));
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual()) {
                throw invalid(path + "." + field + "[" + i + "]", "a string", found(item));
            }
            values.add(item.asText());
        }
        return values;
    }

    long optionalLong(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return 0;
        }
        if (!node.isIntegralNumber()) {
            throw invalid(path + "." + field, "an integer", found(node));
        }
        return node.asLong();
    }

    boolean optionalBoolean(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw invalid(path + "." + field, "true or false", found(node));
        }
        return node.asBoolean();
    }

    static String describe(JsonToken token) {
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

    TestOutcome outcome(String status, String path) {
        for (TestOutcome outcome : TestOutcome.values()) {
            if (outcome.reportName().equals(status)) {
                return outcome;
            }
        }
        throw invalid(path, "one of passed, failed, error, skipped, aborted, not_run",
                FailureMessage.quote(status));
    }

    TestOutcome fragmentOutcome(String value, String path) {
        try {
            return TestOutcome.valueOf(value.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw invalid(path, "one of PASSED, FAILED, ERRORED, SKIPPED, ABORTED, NOT_RUN",
                    FailureMessage.quote(value));
        }
    }

    Instant instant(String text, String path) {
        try {
            return Instant.parse(text);
        }
        catch (DateTimeParseException e) {
            throw invalid(path, "an ISO-8601 instant such as 2026-11-26T09:00:00Z", FailureMessage.quote(text));
        }
    }

    /** A JSON value as found: its kind and its value, e.g. {@code a number 3} or {@code a string 'x'}. */
    static String found(JsonNode node) {
        return node.isNull() ? "null" : kind(node) + " " + ShouldHaveValidField.shown(node);
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NULL -> "null";
            default -> "nothing";
        };
    }
}
