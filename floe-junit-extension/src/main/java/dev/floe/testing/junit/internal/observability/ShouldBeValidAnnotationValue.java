package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** An attribute of @RequiresObservability holds a value of the wrong form. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeValidAnnotationValue {

    private ShouldBeValidAnnotationValue() {
    }

    /** The message for {@code attribute} holding {@code text}, expected as {@code expected}. */
    public static String shouldBeValidAnnotationValue(String attribute, String text, String expected) {
        return FailureMessage.summary("Invalid " + attribute + " " + FailureMessage.quote(text)
                        + " in @RequiresObservability.")
                .expected(expected)
                .found(FailureMessage.quote(text))
                .where("@RequiresObservability(" + attribute + " = ...) on the test method")
                .fix("write it as " + expected)
                .toString();
    }
}
