package dev.floe.testing.traceability.view.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A feature or package to look at that the matrix does not have. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeKnownScope {

    private ShouldBeKnownScope() {
    }

    /**
     * The message for {@code value}, a {@code kind} (feature, package) that is not one of {@code known}, given at
     * {@code where}.
     */
    public static String shouldBeKnownScope(String kind, String value, Collection<String> known, String where) {
        return FailureMessage.summary("Unknown " + kind + " '" + value + "'.")
                .expected(known.isEmpty() ? "a " + kind + " of the matrix, which has none"
                        : "one of the " + kind + "s of the matrix: " + String.join(", ", known))
                .found(FailureMessage.quote(value))
                .where(where)
                .fix(known.isEmpty() ? "check that the specs and the test results are found"
                        : "use one of " + String.join(", ", known))
                .toString();
    }
}
