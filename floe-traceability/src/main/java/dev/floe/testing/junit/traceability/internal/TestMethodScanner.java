package dev.floe.testing.junit.traceability.internal;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import org.junit.jupiter.api.Nested;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The static scan behind partial-run detection: the test methods ({@code class#method}) in test class
 * folders, i.e. methods annotated with something {@link Testable} ({@code @Test}, {@code @ParameterizedTest},
 * ...), of concrete top-level classes and their {@link Nested} inner classes. Static nested classes are
 * left out, as Surefire leaves them out ({@code *$*}).
 */
public final class TestMethodScanner {

    private TestMethodScanner() {
    }

    /** The test methods in {@code folders}, as {@code binaryClassName#method}. */
    public static Set<String> testMethodsIn(Set<Path> folders) {
        List<Path> dirs = folders.stream().filter(Files::isDirectory).sorted().toList();
        Set<String> methods = new TreeSet<>();
        if (dirs.isEmpty()) {
            return methods;
        }
        List<URL> urls = new ArrayList<>();
        for (Path dir : dirs) {
            try {
                urls.add(dir.toUri().toURL());
            }
            catch (MalformedURLException e) {
                throw new IllegalArgumentException("Not a class folder: " + dir, e);
            }
        }
        ClassLoader parent = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), parent);
                ScanResult scan = new ClassGraph().overrideClasspath(dirs).enableClassInfo().ignoreClassVisibility()
                        .scan()) {
            for (ClassInfo info : scan.getAllStandardClasses()) {
                if (info.isAbstract() || info.isAnonymousInnerClass() || info.getName().contains("$$")) {
                    continue;
                }
                Class<?> type = load(info.getName(), loader);
                if (type != null && isTestClass(type)) {
                    for (Method method : ReflectionSupport.findMethods(type, TestMethodScanner::isTestMethod,
                            HierarchyTraversalMode.TOP_DOWN)) {
                        methods.add(type.getName() + "#" + method.getName());
                    }
                }
            }
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot close the scan class loader: " + e.getMessage(), e);
        }
        return methods;
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
        int modifiers = method.getModifiers();
        return !Modifier.isPrivate(modifiers) && !Modifier.isStatic(modifiers) && !Modifier.isAbstract(modifiers)
                && AnnotationSupport.isAnnotated(method, Testable.class);
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
