package dev.floe.testing.traceability.merge.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A field of an input file (merge input, baseline, lock file, exclusions file) with the wrong type or value. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldHaveValidField {

    private ShouldHaveValidField() {
    }

    /**
     * The message for the value {@code found} at the JSON path {@code path} of {@code file}, which should be
     * {@code expected}.
     */
    public static String shouldHaveValidField(String kind, String file, String path, String expected, String found,
            String fix) {
        return FailureMessage.summary("Invalid " + kind + " " + file + ": " + path + " must be " + expected + ".")
                .expected(expected)
                .found(found)
                .where(path + " in " + file)
                .fix(fix)
                .toString();
    }

    /** A JSON value as a found part: {@code nothing: the field is missing}, a quoted string, or its JSON text. */
    public static String shown(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing: the field is missing";
        }
        if (node.isTextual()) {
            return FailureMessage.quote(node.asText());
        }
        String json = node.toString();
        return json.length() > 80 ? json.substring(0, 77) + "..." : json;
    }
}
