package dev.floe.testing.junit.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.floe.testing.fixtures.observability.ObservabilityAssertions;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.ObservabilityEvidence;
import dev.floe.testing.junit.RequiresObservability;
import dev.floe.testing.junit.traceability.Covers;

/**
 * OpenTelemetry is optional: a consumer who does not trace has none of it, so no class of floe-junit-extension or
 * floe-fixtures may need it, except {@code FloeSpanCapture} (used only by whoever traces, with their own
 * OpenTelemetry) and the helper that {@code recordCurrentSpan()} loads.
 */
class WithoutOpenTelemetryTest {

    private static final String OTEL = "io/opentelemetry";

    private static Path classesOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The classes under {@code root} whose constant pool names an OpenTelemetry type. */
    private static List<String> referringToOpenTelemetry(Path root) throws IOException {
        byte[] needle = OTEL.getBytes(StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    found.add(root.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", ""));
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    @Covers("005-FR-040")
    void onlyFloeSpanCaptureAndTheCurrentSpanHelperReferToOpenTelemetry() throws Exception {
        assertThat(referringToOpenTelemetry(classesOf(FloeIntegration.class))).containsExactlyInAnyOrder(
                "dev.floe.testing.junit.FloeSpanCapture",
                "dev.floe.testing.junit.internal.observability.CurrentOtelSpan");
        assertThat(referringToOpenTelemetry(classesOf(ObservabilityAssertions.class))).isEmpty();
    }

    /** This JVM's class path, read through Surefire's manifest-only jar when it uses one. */
    private static List<URL> classPath() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File file = new File(entry);
            urls.add(file.toURI().toURL());
            if (file.getName().startsWith("surefirebooter") && file.getName().endsWith(".jar")) {
                try (JarFile jar = new JarFile(file)) {
                    Manifest manifest = jar.getManifest();
                    String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                    if (classPath != null) {
                        for (String item : classPath.trim().split("\\s+")) {
                            urls.add(new URL(file.toURI().toURL(), item));
                        }
                    }
                }
            }
        }
        return urls;
    }

    @Test
    @Covers("005-FR-040")
    void anObservabilityTestRunsWithNoOpenTelemetryOnTheClassPath() throws Exception {
        List<URL> withoutOtel = classPath().stream().filter(u -> !u.toString().contains("opentelemetry")).toList();
        assertThat(withoutOtel).hasSizeLessThan(classPath().size());
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(withoutOtel.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThat(loader.getResource("io/opentelemetry/api/trace/Span.class")).isNull();
            Thread.currentThread().setContextClassLoader(loader);
            Object results = run(loader, RecordsIdsTestCase.class.getName());
            Object tests = call(results, "testEvents");
            long succeeded = (long) call(call(tests, "succeeded"), "count");
            long failed = (long) call(call(tests, "failed"), "count");
            if (failed > 0) {
                call(tests, "debug");
            }
            assertThat(new long[] { succeeded, failed }).as("tests succeeded, failed (details above)").containsExactly(1, 0);
        }
        finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** {@code EngineTestKit.engine("junit-jupiter").selectors(selectClass(name)).execute()}, inside {@code loader}. */
    private static Object run(ClassLoader loader, String testClass) throws Exception {
        Class<?> kit = loader.loadClass("org.junit.platform.testkit.engine.EngineTestKit");
        Object builder = kit.getMethod("engine", String.class).invoke(null, "junit-jupiter");
        Class<?> selectors = loader.loadClass("org.junit.platform.engine.discovery.DiscoverySelectors");
        Object selector = selectors.getMethod("selectClass", String.class).invoke(null, testClass);
        Object array = Array.newInstance(loader.loadClass("org.junit.platform.engine.DiscoverySelector"), 1);
        Array.set(array, 0, selector);
        builder = builder.getClass().getMethod("selectors", array.getClass()).invoke(builder, array);
        builder = builder.getClass().getMethod("configurationParameter", String.class, String.class)
                .invoke(builder, "floe.services.jaeger.url", "http://127.0.0.1:1");
        builder = builder.getClass().getMethod("configurationParameter", String.class, String.class)
                .invoke(builder, "floe.services.marquez.url", "http://127.0.0.1:1");
        return builder.getClass().getMethod("execute").invoke(builder);
    }

    private static Object call(Object target, String method) throws Exception {
        Method m = target.getClass().getMethod(method);
        return m.invoke(target);
    }

    static class RecordsIdsTestCase {

        @Test
        @RequiresObservability(spans = "load") // Jaeger unreachable and optional: the checks run up to the warning
        void recordsIdsAndNamesWhatRecordCurrentSpanNeeds(ObservabilityEvidence evidence) {
            evidence.recordTraceId("4bf92f3577b34da6a3ce929d0e0e4736");
            evidence.recordRunId("run-1");
            assertThat(evidence.traceIds()).containsExactly("4bf92f3577b34da6a3ce929d0e0e4736");
            try {
                evidence.recordCurrentSpan();
                throw new AssertionError("recordCurrentSpan() without OpenTelemetry did not fail");
            }
            catch (IllegalStateException e) {
                assertThat(e).hasMessageContaining("needs the OpenTelemetry API (io.opentelemetry:opentelemetry-api),"
                        + " which is not on the class path")
                        .hasMessageContaining("fix:      add opentelemetry-api to the test dependencies");
            }
        }
    }
}
