package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apiguardian.api.API;
import org.junit.jupiter.api.Nested;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

import dev.floe.testing.common.internal.ShouldBeReadable;
import dev.floe.testing.traceability.discovery.internal.TestMethodRule;

/**
 * The static scan behind partial-run detection: the test methods ({@code class#method}) in test class
 * folders, as {@link TestMethodRule} decides for the engine's static discovery too (methods annotated with
 * something {@link Testable}: {@code @Test}, {@code @ParameterizedTest}, ...), of concrete top-level classes
 * and their {@link Nested} inner classes. Static nested classes are
 * left out, as Surefire leaves them out ({@code *$*}).
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TestMethodScanner {

    private static final Map<Class<? extends Annotation>, Boolean> TESTABLE = new ConcurrentHashMap<>();

    private TestMethodScanner() {
    }

    /** The test methods in {@code folders}, as {@code binaryClassName#method}, loaded beside the context class loader. */
    public static Set<String> testMethodsIn(Set<Path> folders) {
        return testMethodsIn(folders, Thread.currentThread().getContextClassLoader());
    }

    /** The test methods in {@code folders}, as {@code binaryClassName#method}, loaded beside {@code parent}. */
    public static Set<String> testMethodsIn(Set<Path> folders, ClassLoader parent) {
        List<Path> dirs = folders.stream().filter(Files::isDirectory).sorted().toList();
        Set<String> methods = new TreeSet<>();
        if (dirs.isEmpty()) {
            return methods;
        }
        // The test classes of the run are loaded already: look them up where they are. A folder that is not on
        // that class path (a launcher with its own class loader) is read through a loader of its own.
        FolderLoader loader = new FolderLoader(dirs, parent);
        try {
            for (Path dir : dirs) {
                for (String name : topLevelAndInnerClassNames(dir)) {
                    Class<?> type = loader.load(name);
                    if (type != null && !Modifier.isAbstract(type.getModifiers()) && !type.isInterface()
                            && isTestClass(type)) {
                        for (Class<?> c : classAndInterfaces(type)) {
                            for (Method method : c.getDeclaredMethods()) {
                                if (isTestMethod(method)) {
                                    methods.add(type.getName() + "#" + method.getName());
                                }
                            }
                        }
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(ShouldBeReadable.shouldBeReadable("test classes in " + dirs,
                    dirs.toString(), e, "check that the test-classes folders exist and are readable"), e);
        }
        finally {
            loader.close();
        }
        return methods;
    }

    /** Loads classes from the parent loader when it has them from these folders, else from the folders. */
    private static final class FolderLoader {

        private final List<Path> dirs;
        private final ClassLoader parent;
        private URLClassLoader own;

        FolderLoader(List<Path> dirs, ClassLoader parent) {
            this.dirs = dirs;
            this.parent = parent;
        }

        Class<?> load(String name) {
            Class<?> type = TestMethodScanner.load(name, parent);
            if (type != null && isFrom(type)) {
                return type;
            }
            return TestMethodScanner.load(name, own());
        }

        /** Whether {@code type} was loaded from one of the folders (not a class of the same name elsewhere). */
        private boolean isFrom(Class<?> type) {
            try {
                java.security.CodeSource code = type.getProtectionDomain().getCodeSource();
                if (code == null || code.getLocation() == null || !"file".equals(code.getLocation().getProtocol())) {
                    return false;
                }
                Path location = Path.of(code.getLocation().toURI()).toAbsolutePath().normalize();
                for (Path dir : dirs) {
                    if (location.equals(dir.toAbsolutePath().normalize())) {
                        return true;
                    }
                }
                return false;
            }
            catch (java.net.URISyntaxException | RuntimeException e) {
                return false;
            }
        }

        private ClassLoader own() {
            if (own == null) {
                List<URL> urls = new ArrayList<>();
                for (Path dir : dirs) {
                    try {
                        urls.add(dir.toUri().toURL());
                    }
                    catch (MalformedURLException e) {
                        throw new IllegalArgumentException(ShouldBeClassFolder.shouldBeClassFolder(dir, e), e);
                    }
                }
                own = new URLClassLoader(urls.toArray(URL[]::new), parent);
            }
            return own;
        }

        void close() {
            if (own != null) {
                try {
                    own.close();
                }
                catch (IOException ignored) {
                    // a class loader of a scan that is over
                }
            }
        }
    }

    /**
     * Class names under {@code dir}, read from the file names: a plain walk is enough here and costs a cold
     * JVM far less than starting a classpath scanner at the end of every run.
     */
    private static List<String> topLevelAndInnerClassNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".class"))
                    .map(f -> dir.relativize(f).toString().replace(java.io.File.separatorChar, '.'))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(n -> !n.endsWith("package-info") && !n.endsWith("module-info") && !n.contains("$$"))
                    .sorted().toList();
        }
    }

    /**
     * {@code type}, its superclasses and the interfaces they implement (with theirs): JUnit runs the test
     * methods of all of them, default methods of interfaces included.
     */
    private static Set<Class<?>> classAndInterfaces(Class<?> type) {
        Set<Class<?>> all = new java.util.LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            all.add(c);
        }
        java.util.Deque<Class<?>> todo = new java.util.ArrayDeque<>(all);
        while (!todo.isEmpty()) {
            for (Class<?> i : todo.poll().getInterfaces()) {
                if (all.add(i)) {
                    todo.add(i);
                }
            }
        }
        return all;
    }

    private static boolean isTestClass(Class<?> type) {
        if (type.isLocalClass() || type.isAnonymousClass() || type.isSynthetic()) {
            return false;
        }
        if (type.isMemberClass()) {
            return !Modifier.isStatic(type.getModifiers()) && AnnotationSupport.isAnnotated(type, Nested.class)
                    && isTestClass(type.getEnclosingClass());
        }
        return true;
    }

    private static boolean isTestMethod(Method method) {
        if (!TestMethodRule.mayBeTest(method.getModifiers())) {
            return false;
        }
        for (Annotation annotation : method.getDeclaredAnnotations()) {
            if (TESTABLE.computeIfAbsent(annotation.annotationType(), TestMethodScanner::isTestable)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an annotation type makes a method a test, by the rule static discovery follows too. */
    private static boolean isTestable(Class<? extends Annotation> type) {
        return TestMethodRule.<Class<?>>marksTest(type, Class::getName,
                t -> Stream.of(t.getDeclaredAnnotations()).<Class<?>>map(Annotation::annotationType).toList());
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        }
        catch (ClassNotFoundException | LinkageError e) {
            return null; // a class whose dependencies are missing is no test this run could have run
        }
    }
}
