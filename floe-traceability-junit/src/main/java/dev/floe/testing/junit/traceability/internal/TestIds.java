package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;

import dev.floe.testing.traceability.result.internal.TestSourceFiles;

/**
 * Stable test ids: {@code path/to/TestClass.java::TestClass::method}, nested classes as {@code Outer.Inner},
 * methods with parameters as {@code method(int, String)}, invocations and dynamic tests as {@code [n]}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TestIds {

    private final Path buildRoot;
    private final Path workingDir;
    private final Map<String, String> sourceFiles = new ConcurrentHashMap<>();

    /** Ids whose file paths are relative to {@code buildRoot}, sources looked up under {@code workingDir}. */
    public TestIds(Path buildRoot, Path workingDir) {
        this.buildRoot = buildRoot.toAbsolutePath().normalize();
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    /** The id of the test with {@code uniqueId} whose class is {@code className} (binary name, may be null). */
    public String testId(UniqueId uniqueId, String className) {
        StringBuilder classPart = new StringBuilder();
        StringBuilder methodPart = new StringBuilder();
        List<UniqueId.Segment> segments = uniqueId.getSegments();
        int start = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).getType().equals("engine")) {
                start = i + 1; // the innermost engine: suites nest engines
            }
        }
        for (int i = start; i < segments.size(); i++) {
            UniqueId.Segment segment = segments.get(i);
            String type = segment.getType();
            String value = segment.getValue();
            switch (type) {
                case "class" -> classPart.append(simpleName(value));
                case "nested-class" -> classPart.append('.').append(value);
                case "method", "test-template", "test-factory" -> methodPart.append(method(value));
                default -> {
                    if (value.startsWith("#")) {
                        methodPart.append('[').append(value.substring(1)).append(']');
                    }
                    else if (classPart.isEmpty() && methodPart.isEmpty()) {
                        classPart.append(value);
                    }
                    else {
                        methodPart.append('[').append(value).append(']');
                    }
                }
            }
        }
        return sourceFile(className) + "::" + classPart + "::" + methodPart;
    }

    /** The source file of {@code className} relative to the build root with {@code /}; a guess when not found. */
    public String sourceFile(String className) {
        if (className == null) {
            return "";
        }
        String outer = outermost(className);
        String file = sourceFiles.get(outer);
        return file != null ? file : sourceFiles.computeIfAbsent(outer, this::locate);
    }

    private String locate(String outerClass) {
        return TestSourceFiles.locate(outerClass, workingDir, buildRoot);
    }

    private static String outermost(String binaryName) {
        int dollar = binaryName.indexOf('$');
        return dollar < 0 ? binaryName : binaryName.substring(0, dollar);
    }

    private static String simpleName(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        return binaryName.substring(dot + 1).replace('$', '.');
    }

    private static String method(String value) {
        int paren = value.indexOf('(');
        if (paren < 0 || value.endsWith("()")) {
            return paren < 0 ? value : value.substring(0, paren);
        }
        String params = value.substring(paren + 1, value.length() - 1);
        StringBuilder out = new StringBuilder(value.substring(0, paren)).append('(');
        String[] types = params.split(",");
        for (int i = 0; i < types.length; i++) {
            String type = types[i].strip();
            out.append(i == 0 ? "" : ", ").append(type.substring(type.lastIndexOf('.') + 1).replace('$', '.'));
        }
        return out.append(')').toString();
    }
}
