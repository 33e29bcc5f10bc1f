package dev.floe.testing.traceability.discovery;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Writes Java sources under {@code <module>/src/test/java} and compiles them into {@code <module>/target/test-classes}. */
public final class TestClassCompiler {

    private TestClassCompiler() {
    }

    /** Compiles {@code sources} (path relative to src/test/java → text); returns the class folder. */
    public static Path compile(Path moduleDir, Map<String, String> sources) {
        return compile(moduleDir, sources, List.of());
    }

    /** Compiles {@code sources} against the test classpath and {@code libraries}; returns the class folder. */
    public static Path compile(Path moduleDir, Map<String, String> sources, List<Path> libraries) {
        Path src = moduleDir.resolve("src/test/java");
        Path classes = moduleDir.resolve("target/test-classes");
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(classes);
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, null)) {
            boolean ok = compiler.getTask(errors, manager, null,
                    List.of("-d", classes.toString(), "-classpath", classpath(libraries),
                            "-proc:none", "-nowarn"),
                    null, manager.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw new IllegalStateException("Fixture sources do not compile:\n" + errors);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    private static String classpath(List<Path> libraries) {
        List<String> entries = new ArrayList<>();
        libraries.forEach(library -> entries.add(library.toString()));
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }

    /** Packs the class files of {@code classes} into {@code jar}; returns the jar. */
    public static Path jar(Path classes, Path jar) {
        try (Stream<Path> files = Files.walk(classes);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }
}
