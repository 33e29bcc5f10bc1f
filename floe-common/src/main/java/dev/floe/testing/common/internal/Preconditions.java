package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import org.apiguardian.api.API;

/** Argument checks that fail with a message naming the argument. */
@API(status = INTERNAL, since = "0.1.0")
public final class Preconditions {

    private Preconditions() {
    }

    /** Returns {@code value}, or throws {@link NullPointerException} naming it when it is {@code null}. */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    /** Returns {@code value}, or throws {@link IllegalArgumentException} when it is null, empty or blank. */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be null or blank");
        }
        return value;
    }

    /** Returns {@code value}, or throws {@link IllegalArgumentException} when it is null or empty. */
    public static <C extends Collection<?>> C notEmpty(C value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be null or empty");
        }
        return value;
    }

    /** Throws {@link IllegalArgumentException} with {@code message} unless {@code condition} holds. */
    public static void condition(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
