package dev.floe.testing.traceability.fragment.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonParser;
import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A result fragment (the per-JVM file of test results) that is not as the run listener writes it. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeValidFragment {

    private ShouldBeValidFragment() {
    }

    /** The message for {@code found} where {@code expected} should be, where {@code json} stands in a fragment. */
    public static String shouldBeValidFragment(JsonParser json, String expected, String found) {
        int line = json.currentLocation().getLineNr();
        int column = json.currentLocation().getColumnNr();
        return FailureMessage.summary("Invalid result fragment: expected " + expected + " but found " + found + ".")
                .expected(expected)
                .found(found)
                .where("line " + line + ", column " + column + " of the result fragment")
                .fix("delete the fragment and run the tests again; the run listener writes fragments whole")
                .toString();
    }
}
