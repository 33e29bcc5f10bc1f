package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.apiguardian.api.API;

import dev.floe.testing.junit.traceability.Covers;

/**
 * Reads the ids of every {@link Covers} that applies to a test: on the method, on its class and the
 * class's superclasses, on the enclosing classes of an inner ({@code @Nested}) class, and through
 * meta-annotations at any depth. Results are cached per class and method.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CoversAnnotations {

    private static final Map<AnnotatedElement, List<String>> DECLARED = new ConcurrentHashMap<>();
    private static final Map<Class<?>, List<String>> BY_CLASS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Map<Method, List<String>>> BY_TEST = new ConcurrentHashMap<>();

    private CoversAnnotations() {
    }

    /** The ids covering {@code method} of {@code testClass} (either may be {@code null}), sorted, distinct, as written. */
    public static List<String> idsFor(Class<?> testClass, Method method) {
        if (testClass == null || method == null) {
            return compute(testClass, method);
        }
        // per test class, then method: inherited test methods belong to several classes
        // get before computeIfAbsent: a hit (every test but the first of its method) takes no bin lock
        Map<Method, List<String>> byMethod = BY_TEST.get(testClass);
        if (byMethod == null) {
            byMethod = BY_TEST.computeIfAbsent(testClass, c -> new ConcurrentHashMap<>());
        }
        List<String> ids = byMethod.get(method);
        return ids != null ? ids : byMethod.computeIfAbsent(method, m -> compute(testClass, m));
    }

    private static List<String> compute(Class<?> testClass, Method method) {
        TreeSet<String> ids = new TreeSet<>();
        if (method != null) {
            ids.addAll(declared(method));
        }
        if (testClass != null) {
            ids.addAll(BY_CLASS.computeIfAbsent(testClass, c -> List.copyOf(classIds(c))));
        }
        return List.copyOf(ids);
    }

    /**
     * Every id that {@link #idsFor} can give for a test method of {@code testClass}: the class's own ids and
     * those of every method it declares, inherits or gets from an interface.
     */
    public static Set<String> allIdsIn(Class<?> testClass) {
        Set<String> ids = new HashSet<>(classIds(testClass));
        for (Class<?> type = testClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                ids.addAll(declared(method));
            }
        }
        for (Method method : testClass.getMethods()) { // default methods of test interfaces
            if (method.getDeclaringClass().isInterface()) {
                ids.addAll(declared(method));
            }
        }
        return ids;
    }

    /** The ids declared on {@code element} itself (directly or through meta-annotations), in declaration order. */
    public static List<String> declared(AnnotatedElement element) {
        return DECLARED.computeIfAbsent(element, e -> {
            Set<String> ids = new LinkedHashSet<>();
            collect(e.getDeclaredAnnotations(), ids);
            return List.copyOf(ids);
        });
    }

    private static Set<String> classIds(Class<?> testClass) {
        Set<String> ids = new LinkedHashSet<>();
        for (Class<?> c = testClass; c != null; c = enclosingOfInner(c)) {
            for (Class<?> type = c; type != null && type != Object.class; type = type.getSuperclass()) {
                ids.addAll(declared(type));
            }
        }
        return ids;
    }

    /** The ids of the {@code @Covers} among {@code annotations} themselves (not their meta-annotations). */
    private static void addOwn(Annotation[] annotations, Set<String> ids) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Covers covers) {
                for (String id : covers.value()) {
                    ids.add(id == null ? "null" : id.strip());
                }
            }
        }
    }

    /** The enclosing class of an inner (non-static) class, which is how {@code @Nested} tests nest. */
    private static Class<?> enclosingOfInner(Class<?> c) {
        return c.isMemberClass() && !Modifier.isStatic(c.getModifiers()) ? c.getEnclosingClass() : null;
    }

    private static void collect(Annotation[] annotations, Set<String> ids) {
        addOwn(annotations, ids);
        for (Annotation annotation : annotations) {
            if (!(annotation instanceof Covers)) {
                ids.addAll(META.get(annotation.annotationType()));
            }
        }
    }

    /**
     * The ids an annotation type brings through its meta-annotations, worked out once per type: a test method's
     * {@code @Test}, {@code @Tag} and the like are looked at once per run, not once per method.
     */
    private static final ClassValue<List<String>> META = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            if (cannotCarryCovers(type.getName())) {
                return List.of();
            }
            Set<String> ids = new LinkedHashSet<>();
            collectMeta(type, ids, new HashSet<>());
            return List.copyOf(ids);
        }
    };

    private static void collectMeta(Class<?> type, Set<String> ids, Set<Class<?>> visited) {
        if (!visited.add(type) || cannotCarryCovers(type.getName())) {
            return;
        }
        Annotation[] annotations = type.getDeclaredAnnotations();
        addOwn(annotations, ids);
        for (Annotation annotation : annotations) {
            if (!(annotation instanceof Covers)) {
                collectMeta(annotation.annotationType(), ids, visited);
            }
        }
    }

    /** Annotation types of the JDK, JUnit and API Guardian, which never carry {@code @Covers}. */
    private static boolean cannotCarryCovers(String typeName) {
        return typeName.startsWith("java.") || typeName.startsWith("org.junit.")
                || typeName.startsWith("org.apiguardian.");
    }
}
