package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Field;
import org.apiguardian.api.API;

/** A public key constant could not be read by reflection. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeReadableConstant {

    private ShouldBeReadableConstant() {
    }

    /** The message for {@code field}, whose reading failed with {@code error}. */
    public static String shouldBeReadableConstant(Field field, Exception error) {
        return FailureMessage.summary("Cannot read the key constant " + field.getName() + ".")
                .expected("a public static final String constant")
                .found(error.getClass().getSimpleName() + ": " + error.getMessage())
                .where(field.getDeclaringClass().getName() + "." + field.getName())
                .fix("make the constant public, or leave it out of the key class")
                .toString();
    }
}
