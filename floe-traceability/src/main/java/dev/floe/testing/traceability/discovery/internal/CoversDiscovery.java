package dev.floe.testing.traceability.discovery.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.MethodParameterInfo;
import io.github.classgraph.ScanResult;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.traceability.discovery.internal.TestMethodRule;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.result.internal.TestSourceFiles;

/**
 * Finds, with ClassGraph and without loading a class, the test methods in compiled test class folders that
 * carry {@code @Covers}: on the method, on the class, its superclasses or the classes enclosing an inner
 * ({@code @Nested}) class, and through meta-annotations declared in the scanned folders. Test methods a class
 * inherits count as its own: from superclasses and, as JUnit runs them, default methods of the interfaces
 * it implements.
 *
 * <p>A method is a test by the rule the JUnit listener's scan follows too ({@link TestMethodRule}): it carries
 * a JUnit Jupiter test annotation ({@code @Test}, {@code @ParameterizedTest}, {@code @RepeatedTest},
 * {@code @TestFactory}, {@code @TestTemplate}, {@code @Testable}) or an annotation of the scanned folders
 * meta-annotated with one. Abstract classes, static nested classes with everything inside them, and inner
 * classes without {@code @Nested} are left out, as JUnit and Surefire leave them out.
 *
 * <pre>{@code
 * List<DiscoveredTest> found = CoversDiscovery.scan(List.of(Path.of("floe-core/target/test-classes")), root);
 * List<TestResult> notRun = CoversDiscovery.notRun(found, results);
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CoversDiscovery {

    /** The annotation the scan looks for. */
    public static final String COVERS = "dev.floe.testing.junit.traceability.Covers";

    private CoversDiscovery() {
    }

    /**
     * The covering test methods in {@code classDirs}, sorted by test id; paths relative to {@code buildRoot}.
     * Folders that do not exist are ignored.
     */
    public static List<DiscoveredTest> scan(Collection<Path> classDirs, Path buildRoot) {
        return scan(classDirs, List.of(), buildRoot);
    }

    /**
     * The covering test methods in {@code classDirs}, reading {@code libraries} (jars or folders, such as the
     * test classpath) only for the superclasses and interfaces the test classes inherit from them, e.g. a
     * library's contract interface whose {@code @Test} default methods a test class runs. Classes of the
     * libraries are never reported as tests themselves. Entries that do not exist are ignored.
     *
     * @since 0.1.0
     */
    public static List<DiscoveredTest> scan(Collection<Path> classDirs, Collection<Path> libraries, Path buildRoot) {
        Preconditions.notNull(buildRoot, "buildRoot");
        Preconditions.notNull(libraries, "libraries");
        List<Path> dirs = classDirs.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::isDirectory)
                .distinct().sorted().toList();
        Path root = buildRoot.toAbsolutePath().normalize();
        Map<String, DiscoveredTest> found = new LinkedHashMap<>();
        Map<Path, ScanResult> scans = new LinkedHashMap<>();
        try (LibraryTypes libs = new LibraryTypes(libraries)) {
            Set<String> outside = new TreeSet<>();
            for (Path dir : dirs) {
                ScanResult scan = new ClassGraph().overrideClasspath(dir).enableClassInfo().enableMethodInfo()
                        .enableAnnotationInfo().ignoreClassVisibility().ignoreMethodVisibility().scan();
                scans.put(dir, scan);
                for (ClassInfo type : scan.getAllStandardClasses()) {
                    if (isTestClass(type)) {
                        type.getSuperclasses().stream().filter(s -> s.getResource() == null)
                                .forEach(s -> outside.add(s.getName()));
                        type.getInterfaces().stream().filter(s -> s.getResource() == null)
                                .forEach(s -> outside.add(s.getName()));
                    }
                }
            }
            libs.load(outside);
            for (Map.Entry<Path, ScanResult> entry : scans.entrySet()) {
                Path moduleDir = moduleDirOf(entry.getKey());
                for (ClassInfo type : entry.getValue().getAllStandardClasses()) {
                    if (isTestClass(type)) {
                        collect(type, entry.getValue(), libs, moduleDir, root, found);
                    }
                }
            }
        }
        finally {
            scans.values().forEach(ScanResult::close);
        }
        List<DiscoveredTest> sorted = new ArrayList<>(found.values());
        sorted.sort((a, b) -> a.testId().compareTo(b.testId()));
        return sorted;
    }

    /** The discovered tests that no result recorded (matched by class and method), as not-run results. */
    public static List<TestResult> notRun(Collection<DiscoveredTest> discovered, Collection<TestResult> results) {
        Set<String> ran = new HashSet<>();
        for (TestResult result : results) {
            ran.add(result.className() + "#" + result.methodName());
        }
        return discovered.stream().filter(test -> !ran.contains(test.key())).map(DiscoveredTest::asNotRun).toList();
    }

    /**
     * A concrete top-level class, or a non-static {@code @Nested} class inside one (at any depth), as JUnit
     * and Surefire run them; static nested classes (fixtures run through the EngineTestKit) and everything
     * inside them are left out.
     */
    private static boolean isTestClass(ClassInfo type) {
        if (type.isAbstract() || type.isAnonymousInnerClass() || type.isSynthetic() || type.getName().contains("$$")) {
            return false;
        }
        if (!type.isInnerClass()) {
            return true;
        }
        ClassInfo outer = type.getOuterClasses().isEmpty() ? null : type.getOuterClasses().get(0);
        return !type.isStatic() && type.hasAnnotation(TestMethodRule.NESTED) && outer != null && isTestClass(outer);
    }

    private static void collect(ClassInfo type, ScanResult scan, LibraryTypes libs, Path moduleDir, Path buildRoot,
            Map<String, DiscoveredTest> found) {
        TreeSet<String> classIds = new TreeSet<>();
        for (ClassInfo c = type; c != null; c = enclosingOfInner(c)) {
            for (ClassInfo self : classChain(c, libs)) {
                coversOf(self.getAnnotationInfo(), scan, classIds, new HashSet<>());
            }
        }
        Set<String> seen = new HashSet<>();
        List<ClassInfo> hierarchy = classChain(type, libs);
        // JUnit runs @Test default methods of implemented interfaces (and of their superinterfaces)
        Map<String, ClassInfo> interfaces = new LinkedHashMap<>();
        for (ClassInfo c : List.copyOf(hierarchy)) {
            addInterfaces(c.getInterfaces(), libs, interfaces);
        }
        hierarchy.addAll(interfaces.values());
        for (ClassInfo owner : hierarchy) {
            for (MethodInfo method : owner.getDeclaredMethodInfo()) {
                if (!TestMethodRule.mayBeTest(method.getModifiers())
                        || !seen.add(method.getName() + method.getTypeDescriptorStr())
                        || !isTest(method.getAnnotationInfo(), scan)) {
                    continue;
                }
                TreeSet<String> ids = new TreeSet<>(classIds);
                coversOf(method.getAnnotationInfo(), scan, ids, new HashSet<>());
                if (ids.isEmpty()) {
                    continue;
                }
                DiscoveredTest test = discovered(type, method, moduleDir, buildRoot, ids);
                found.putIfAbsent(test.key() + test.testId(), test);
            }
        }
    }

    /** {@code type} and its superclasses, each as read from its class file (scanned folder or library). */
    private static List<ClassInfo> classChain(ClassInfo type, LibraryTypes libs) {
        List<ClassInfo> chain = new ArrayList<>();
        ClassInfo c = type;
        while (c != null) {
            ClassInfo read = libs.resolve(c);
            chain.add(read);
            c = read.getSuperclass();
        }
        return chain;
    }

    private static void addInterfaces(List<ClassInfo> direct, LibraryTypes libs, Map<String, ClassInfo> into) {
        for (ClassInfo i : direct) {
            ClassInfo read = libs.resolve(i);
            if (into.putIfAbsent(read.getName(), read) == null) {
                addInterfaces(read.getInterfaces(), libs, into);
            }
        }
    }

    private static ClassInfo enclosingOfInner(ClassInfo c) {
        if (!c.isInnerClass() || c.isStatic() || c.getOuterClasses().isEmpty()) {
            return null;
        }
        return c.getOuterClasses().get(0);
    }

    /** {@link TestMethodRule}, following meta-annotations through the annotation types of the scanned folder. */
    private static boolean isTest(List<AnnotationInfo> annotations, ScanResult scan) {
        for (AnnotationInfo annotation : annotations) {
            if (TestMethodRule.marksTest(annotation.getName(), name -> name, name -> {
                ClassInfo declared = scan.getClassInfo(name);
                return declared == null ? List.of() : declared.getAnnotationInfo().getNames();
            })) {
                return true;
            }
        }
        return false;
    }

    private static void coversOf(List<AnnotationInfo> annotations, ScanResult scan, Set<String> ids,
            Set<String> visited) {
        for (AnnotationInfo annotation : annotations) {
            String name = annotation.getName();
            if (name.equals(COVERS)) {
                Object value = annotation.getParameterValues().getValue("value");
                if (value instanceof Object[] array) {
                    for (Object id : array) {
                        ids.add(String.valueOf(id).strip());
                    }
                }
                else if (value != null) {
                    ids.add(String.valueOf(value).strip());
                }
                continue;
            }
            ClassInfo declared = scan.getClassInfo(name);
            if (declared != null && visited.add(name)) {
                coversOf(declared.getAnnotationInfo(), scan, ids, visited);
            }
        }
    }

    private static DiscoveredTest discovered(ClassInfo type, MethodInfo method, Path moduleDir, Path buildRoot,
            Set<String> ids) {
        String outer = type.getName().contains("$") ? type.getName().substring(0, type.getName().indexOf('$'))
                : type.getName();
        String sourceFile = TestSourceFiles.locate(outer, moduleDir, buildRoot);
        String simple = type.getName().substring(type.getName().lastIndexOf('.') + 1).replace('$', '.');
        String testId = sourceFile + "::" + simple + "::" + method.getName() + parameters(method);
        String module = moduleDir == null || moduleDir.getFileName() == null ? null
                : moduleDir.getFileName().toString();
        return new DiscoveredTest(testId, sourceFile, type.getName(), method.getName(), module,
                type.getPackageName(), List.copyOf(ids));
    }

    private static String parameters(MethodInfo method) {
        MethodParameterInfo[] params = method.getParameterInfo();
        if (params.length == 0) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (MethodParameterInfo param : params) {
            String type = param.getTypeDescriptor().toString();
            int generic = type.indexOf('<');
            type = generic < 0 ? type : type.substring(0, generic);
            names.add(type.substring(type.lastIndexOf('.') + 1).replace('$', '.'));
        }
        return "(" + String.join(", ", names) + ")";
    }

    /** {@code <module>} for {@code <module>/target/test-classes}; else {@code null}. */
    private static Path moduleDirOf(Path classDir) {
        Path target = classDir.getParent();
        if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")) {
            return target.getParent();
        }
        return null;
    }
}
