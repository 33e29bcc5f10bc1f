package dev.floe.testing.traceability.result.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Where a test class's source file lies, relative to the build root with {@code /}: the first part
 * of a test id ({@code path/to/TestClass.java::TestClass::method}). The run listener and static
 * discovery both ask here, so a test that ran and the same test found unrun get the same id.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TestSourceFiles {

    /** The source folders looked in, in this order. */
    public static final List<String> SOURCE_ROOTS = List.of("src/test/java", "src/it/java",
            "src/integration-test/java", "src/integrationTest/java", "src/main/java");

    private TestSourceFiles() {
    }

    /**
     * The source file of top-level class {@code outerClass} (binary name without {@code $}) under one of
     * the {@link #SOURCE_ROOTS} of {@code moduleDir}, relative to {@code buildRoot}; when no file is found
     * (or the module is unknown), the package path {@code dev/floe/FooTest.java}.
     */
    public static String locate(String outerClass, Path moduleDir, Path buildRoot) {
        String relative = outerClass.replace('.', '/') + ".java";
        if (moduleDir != null) {
            for (String root : SOURCE_ROOTS) {
                Path candidate = moduleDir.resolve(root).resolve(relative);
                if (Files.isRegularFile(candidate)) {
                    Path rel = candidate.startsWith(buildRoot) ? buildRoot.relativize(candidate) : candidate;
                    return rel.toString().replace('\\', '/');
                }
            }
        }
        return relative;
    }
}
