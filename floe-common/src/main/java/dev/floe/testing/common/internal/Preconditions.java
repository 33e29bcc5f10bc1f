package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import org.apiguardian.api.API;

/** Argument checks that fail with a message naming the argument, its value and the method that received it. */
@API(status = INTERNAL, since = "0.1.0")
public final class Preconditions {

    private static final StackWalker WALKER = StackWalker.getInstance();

    private Preconditions() {
    }

    /** Returns {@code value}, or throws {@link NullPointerException} naming it when it is {@code null}. */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(ShouldNotBeNull.shouldNotBeNull(name, caller(name)));
        }
        return value;
    }

    /** Returns {@code value}, or throws {@link IllegalArgumentException} when it is null, empty or blank. */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(ShouldNotBeBlank.shouldNotBeBlank(name, value, caller(name)));
        }
        return value;
    }

    /** Returns {@code value}, or throws {@link IllegalArgumentException} when it is null or empty. */
    public static <C extends Collection<?>> C notEmpty(C value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(ShouldNotBeEmpty.shouldNotBeEmpty(name, value, caller(name)));
        }
        return value;
    }

    /**
     * Throws {@link IllegalArgumentException} unless {@code condition} holds: the message names argument
     * {@code name}, what was {@code expected} of it and the value {@code found}.
     */
    public static void condition(boolean condition, String name, String expected, Object found) {
        if (!condition) {
            String method = callerMethod();
            throw new IllegalArgumentException(ShouldBeValidArgument.shouldBeValidArgument(name, expected, found,
                    caller(name), "change argument " + name + " of your call to " + method + " to " + expected));
        }
    }

    /**
     * As {@link #condition(boolean, String, String, Object)}, with the {@code fix} the caller knows (an example,
     * where a good value usually comes from) instead of the generic "change argument x of your call to ...".
     */
    public static void condition(boolean condition, String name, String expected, Object found, String fix) {
        if (!condition) {
            throw new IllegalArgumentException(
                    ShouldBeValidArgument.shouldBeValidArgument(name, expected, found, caller(name), fix));
        }
    }

    /** "argument x of Caller.method (Caller.java:12)": the first frame outside this class. */
    private static String caller(String name) {
        return "argument " + name + " of " + WALKER.walk(frames -> frames
                .filter(f -> !f.getClassName().equals(Preconditions.class.getName()))
                .findFirst()
                .map(f -> simpleName(f.getClassName()) + "." + f.getMethodName() + " (" + f.getFileName() + ":"
                        + f.getLineNumber() + ")")
                .orElse("an unknown caller"));
    }

    /** "Caller.method(...)" or "new Caller(...)": the first frame outside this class, as a user calls it. */
    private static String callerMethod() {
        return WALKER.walk(frames -> frames
                .filter(f -> !f.getClassName().equals(Preconditions.class.getName()))
                .findFirst()
                .map(f -> f.getMethodName().equals("<init>")
                        ? "new " + simpleName(f.getClassName()) + "(...)"
                        : simpleName(f.getClassName()) + "." + f.getMethodName() + "(...)")
                .orElse("an unknown method"));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }
}
