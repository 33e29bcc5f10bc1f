package dev.floe.testing.traceability.merge.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A JSON token where a value should start, met while reading an input file as a tree. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeJsonValue {

    private ShouldBeJsonValue() {
    }

    /** The message for {@code token} at {@code line}:{@code column} of the input being read. */
    public static String shouldBeJsonValue(Object token, int line, int column) {
        return FailureMessage.summary("Unexpected JSON token " + token + ".")
                .expected("a JSON value: an object, an array, a string, a number, true, false or null")
                .found(String.valueOf(token))
                .where("line " + line + ", column " + column + " of the input")
                .fix("regenerate the input with a test run (mvn verify); a file the build wrote never holds this")
                .toString();
    }
}
