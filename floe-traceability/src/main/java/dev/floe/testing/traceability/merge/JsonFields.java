package dev.floe.testing.traceability.merge;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed reads of JSON fields that fail naming the file and the JSON path of what is wrong. */
final class JsonFields {

    private final String file;

    JsonFields(String file) {
        this.file = file;
    }

    MergeInputException invalid(String path, String problem) {
        return new MergeInputException("Invalid merge input " + file + ": " + path + " " + problem);
    }

    JsonNode required(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isMissingNode()) {
            throw invalid(path + "." + field, "is missing");
        }
        return node;
    }

    String text(JsonNode parent, String path, String field) {
        JsonNode node = required(parent, path, field);
        if (!node.isTextual()) {
            throw invalid(path + "." + field, "must be a string, found " + kind(node));
        }
        return node.asText();
    }

    String optionalText(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid(path + "." + field, "must be a string or null, found " + kind(node));
        }
        return node.asText();
    }

    JsonNode array(JsonNode parent, String path, String field) {
        JsonNode node = required(parent, path, field);
        if (!node.isArray()) {
            throw invalid(path + "." + field, "must be an array, found " + kind(node));
        }
        return node;
    }

    JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw invalid(path, "must be an object, found " + kind(node));
        }
        return node;
    }

    List<String> optionalStrings(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw invalid(path + "." + field, "must be an array of strings, found " + kind(node));
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual()) {
                throw invalid(path + "." + field + "[" + i + "]", "must be a string, found " + kind(item));
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
            throw invalid(path + "." + field, "must be an integer, found " + kind(node));
        }
        return node.asLong();
    }

    boolean optionalBoolean(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw invalid(path + "." + field, "must be true or false, found " + kind(node));
        }
        return node.asBoolean();
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
