package dev.floe.testing.traceability.discovery.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

/**
 * The supertypes of scanned test classes that live outside the scanned folders (e.g. a library's contract
 * interface in a jar), read from library classpath entries. Only the named types are read, never reported as
 * tests themselves; closed with the scan.
 */
final class LibraryTypes implements AutoCloseable {

    /** Supertypes whose bodies cannot matter: the JDK's. */
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.");

    private final List<Object> classpath;
    private final Map<String, ClassInfo> found = new HashMap<>();
    private final Set<String> tried = new HashSet<>();
    private final List<ScanResult> scans = new ArrayList<>();

    LibraryTypes(Collection<Path> libraries) {
        this.classpath = new ArrayList<>(libraries.stream().map(p -> p.toAbsolutePath().normalize())
                .filter(Files::exists).distinct().map(Path::toString).toList());
    }

    /** Reads, in one scan per round, the types of {@code names} not read yet, then their missing supertypes. */
    void load(Collection<String> names) {
        Set<String> wanted = new HashSet<>();
        names.stream().filter(this::worthReading).forEach(wanted::add);
        while (!wanted.isEmpty() && !classpath.isEmpty()) {
            tried.addAll(wanted);
            ScanResult scan = new ClassGraph().overrideClasspath(classpath).acceptClasses(wanted.toArray(String[]::new))
                    .enableClassInfo().enableMethodInfo().enableAnnotationInfo().ignoreClassVisibility()
                    .ignoreMethodVisibility().scan();
            scans.add(scan);
            Set<String> next = new HashSet<>();
            for (ClassInfo type : scan.getAllClasses()) {
                if (type.getResource() == null) {
                    continue;
                }
                found.putIfAbsent(type.getName(), type);
                List<ClassInfo> supertypes = new ArrayList<>(type.getSuperclasses());
                supertypes.addAll(type.getInterfaces());
                supertypes.stream().filter(s -> s.getResource() == null).map(ClassInfo::getName)
                        .filter(this::worthReading).forEach(next::add);
            }
            wanted = next;
        }
    }

    /** {@code type} as read from its class file: itself when scanned, else the library's, else itself (a stub). */
    ClassInfo resolve(ClassInfo type) {
        if (type.getResource() != null) {
            return type;
        }
        return found.getOrDefault(type.getName(), type);
    }

    private boolean worthReading(String name) {
        return !tried.contains(name) && !found.containsKey(name) && JDK.stream().noneMatch(name::startsWith);
    }

    @Override
    public void close() {
        scans.forEach(ScanResult::close);
    }
}
