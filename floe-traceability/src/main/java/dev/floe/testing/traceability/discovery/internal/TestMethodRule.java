package dev.floe.testing.traceability.discovery.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import org.apiguardian.api.API;

/**
 * The one rule of what a test method is, decided by annotation names alone so that it holds for methods read
 * by reflection (the JUnit listener's scan for tests that did not run) and for methods read from class files
 * (the static {@code @Covers} discovery of the Maven goals and the command line) alike.
 *
 * <p>A method is a test when JUnit could run it (not private, not static, not abstract, not made by the
 * compiler) and one of its annotations is a test annotation: JUnit Jupiter's {@code @Test},
 * {@code @ParameterizedTest}, {@code @RepeatedTest}, {@code @TestFactory}, {@code @TestTemplate}, the
 * Platform's {@code @Testable} that they all carry, or an annotation that carries one of these as a
 * meta-annotation, at any depth (a project's own {@code @IntegrationTest} meta-annotated with {@code @Test}).
 *
 * <pre>{@code
 * Function<Class<?>, List<Class<?>>> meta =
 *         type -> Stream.of(type.getDeclaredAnnotations()).<Class<?>>map(Annotation::annotationType).toList();
 * boolean test = TestMethodRule.mayBeTest(method.getModifiers()) && Stream.of(method.getDeclaredAnnotations())
 *         .anyMatch(a -> TestMethodRule.<Class<?>>marksTest(a.annotationType(), Class::getName, meta));
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TestMethodRule {

    /** The annotations that make a method a test by themselves (as names: this engine has no JUnit). */
    public static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory", "org.junit.jupiter.api.TestTemplate",
            "org.junit.platform.commons.annotation.Testable");

    /** The annotation that makes an inner class a test class of its own: {@value}. */
    public static final String NESTED = "org.junit.jupiter.api.Nested";

    /** The access flag of a method the compiler made, e.g. a bridge (it carries the annotations of the original). */
    private static final int SYNTHETIC = 0x1000;

    private TestMethodRule() {
    }

    /**
     * Whether a method with these modifiers (as {@link java.lang.reflect.Method#getModifiers()} or a class file's
     * access flags give them) may be a test: not private, static, abstract or synthetic.
     */
    public static boolean mayBeTest(int modifiers) {
        return (modifiers & (Modifier.PRIVATE | Modifier.STATIC | Modifier.ABSTRACT | SYNTHETIC)) == 0;
    }

    /**
     * Whether {@code annotation} makes the method it is on a test: it is one of {@link #TEST_ANNOTATIONS}, or
     * carries one as a meta-annotation at any depth. {@code metaAnnotations} gives the annotations on an
     * annotation type, empty where the type cannot be read; cycles ({@code @Documented} is annotated with itself)
     * are followed once.
     */
    public static <A> boolean marksTest(A annotation, Function<? super A, String> name,
            Function<? super A, ? extends Collection<? extends A>> metaAnnotations) {
        Set<String> seen = new HashSet<>();
        Deque<A> todo = new ArrayDeque<>();
        todo.add(annotation);
        while (!todo.isEmpty()) {
            A next = todo.poll();
            String type = name.apply(next);
            if (TEST_ANNOTATIONS.contains(type)) {
                return true;
            }
            if (seen.add(type) && !type.startsWith("java.lang.annotation.")) {
                todo.addAll(metaAnnotations.apply(next));
            }
        }
        return false;
    }
}
