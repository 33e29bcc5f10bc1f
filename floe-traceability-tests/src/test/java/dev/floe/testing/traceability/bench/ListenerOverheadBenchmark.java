package dev.floe.testing.traceability.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

import dev.floe.testing.junit.traceability.internal.SpecSource;
import dev.floe.testing.junit.traceability.internal.TraceabilityDiscoveryListener;
import dev.floe.testing.junit.traceability.internal.TraceabilityListener;
import dev.floe.testing.junit.traceability.internal.TraceabilityRuntime;
import dev.floe.testing.junit.traceability.internal.TraceabilitySessionListener;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.RequirementId;

/**
 * Benchmark (not a test): the run listener's cost on a launcher run of trivial tests, each with
 * {@code @Covers}. Generates and compiles {@code classes x methods} tests (default 200 x 50 = 10,000; every
 * 40th fails on purpose), then times {@code launcher.execute} in one session per run, alternating runs
 * without and with the listeners (which write a fragment, scan the class folder and write all four reports
 * at session close). Prints the medians and their ratio.
 *
 * <p>Arguments: {@code [classes] [methods] [rounds]}.
 */
public final class ListenerOverheadBenchmark {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();

    private ListenerOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int classes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int methods = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path work = Files.createTempDirectory("floe-listener-bench");
        Path classesDir = generate(work, classes, methods);
        try (URLClassLoader loader = new URLClassLoader(new URL[] { classesDir.toUri().toURL() },
                ListenerOverheadBenchmark.class.getClassLoader())) {
            List<DiscoverySelector> selectors = new ArrayList<>();
            for (int c = 0; c < classes; c++) {
                selectors.add(selectClass(loader.loadClass(String.format(Locale.ROOT, "bench.C%03dTest", c))));
            }
            SpecSet specs = specs(500);
            for (int warm = 0; warm < 3; warm++) {
                run(selectors, null, work, "warm-" + warm);
                run(selectors, specs, work, "warm-" + warm);
            }
            long[] without = new long[rounds];
            long[] with = new long[rounds];
            long[] withoutCpu = new long[rounds];
            long[] withCpu = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long cpu = CPU.getCurrentThreadCpuTime();
                without[r] = run(selectors, null, work, "r" + r);
                withoutCpu[r] = CPU.getCurrentThreadCpuTime() - cpu;
                cpu = CPU.getCurrentThreadCpuTime();
                with[r] = run(selectors, specs, work, "r" + r);
                withCpu[r] = CPU.getCurrentThreadCpuTime() - cpu;
            }
            double none = median(without) / 1e6;
            double listener = median(with) / 1e6;
            System.out.printf(Locale.ROOT, "tests: %d (%d classes x %d methods), rounds: %d, JVM %s, %d cpus%n",
                    classes * methods, classes, methods, rounds, Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "without listener: median %.0f ms (min %.0f, max %.0f)%n", none,
                    Arrays.stream(without).min().orElseThrow() / 1e6, Arrays.stream(without).max().orElseThrow() / 1e6);
            System.out.printf(Locale.ROOT, "with listener:    median %.0f ms (min %.0f, max %.0f)%n", listener,
                    Arrays.stream(with).min().orElseThrow() / 1e6, Arrays.stream(with).max().orElseThrow() / 1e6);
            System.out.printf(Locale.ROOT, "ratio with/without (wall): %.3f (target < 1.05)%n", listener / none);
            System.out.printf(Locale.ROOT, "thread CPU: without %.0f ms, with %.0f ms, ratio %.3f%n",
                    median(withoutCpu) / 1e6, median(withCpu) / 1e6, median(withCpu) / median(withoutCpu));
            System.out.println("reports: " + work.resolve("out"));
        }
    }

    private static long run(List<DiscoverySelector> selectors, SpecSet specs, Path work, String runId) {
        LauncherConfig.Builder config = LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .addTestExecutionListeners(new CountingListener());
        if (specs != null) {
            TraceabilityRuntime runtime = new TraceabilityRuntime(SpecSource.fixed(work, specs), work, Clock.systemUTC());
            config.addTestExecutionListeners(new TraceabilityListener(runtime))
                    .addLauncherSessionListeners(new TraceabilitySessionListener(runtime))
                    .addLauncherDiscoveryListeners(new TraceabilityDiscoveryListener(runtime));
        }
        Map<String, String> parameters = Map.of("floe.traceability.output-dir", work.resolve("out").toString(),
                "floe.traceability.run-id", runId);
        long start = System.nanoTime();
        try (LauncherSession session = LauncherFactory.openSession(config.build())) {
            session.getLauncher().execute(request().selectors(selectors).configurationParameters(parameters).build());
        }
        return System.nanoTime() - start;
    }

    /** Stands for what any run has (Surefire's own reporter): counts finished tests. */
    private static final class CountingListener implements TestExecutionListener {
        private int finished;

        @Override
        public void executionFinished(TestIdentifier id, org.junit.platform.engine.TestExecutionResult result) {
            if (id.isTest()) {
                finished++;
            }
        }

        @Override
        public void testPlanExecutionFinished(TestPlan testPlan) {
            if (finished == 0) {
                throw new IllegalStateException("no test ran");
            }
        }
    }

    private static SpecSet specs(int count) {
        List<Requirement> requirements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requirements.add(new Requirement(new RequirementId("900", String.format(Locale.ROOT, "FR-%03d", i)),
                    "specs/900-bench/spec.md", i + 5, "Requirement " + i + " MUST hold.", "bench", "P2"));
        }
        return new SpecSet("specs/**/spec.md (benchmark)", List.of("specs/900-bench/spec.md"), requirements, List.of());
    }

    private static Path generate(Path work, int classes, int methods) throws IOException {
        Path src = work.resolve("src/bench");
        Files.createDirectories(src);
        List<String> files = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            StringBuilder java = new StringBuilder("package bench;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n"
                    + "import org.junit.jupiter.api.Test;\nimport dev.floe.testing.junit.traceability.Covers;\n\n");
            java.append(String.format(Locale.ROOT, "public class C%03dTest {%n", c));
            for (int m = 0; m < methods; m++) {
                int i = c * methods + m;
                java.append(String.format(Locale.ROOT, "    @Test @Covers(\"900-FR-%03d\")%n    void m%02d() { assertEquals(%d, %d); }%n",
                        i % 500, m, i, i % 40 == 7 ? i + 1 : i));
            }
            java.append("}\n");
            Path file = src.resolve(String.format(Locale.ROOT, "C%03dTest.java", c));
            Files.writeString(file, java);
            files.add(file.toString());
        }
        return compile(files, work.resolve("classes"));
    }

    /** Compiles generated test sources against this JVM's class path into {@code out}; fails when they do not compile. */
    public static Path compile(List<String> files, Path out) throws IOException {
        Files.createDirectories(out);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> options = new ArrayList<>(List.of("-proc:none", "-d", out.toString(), "-cp",
                System.getProperty("java.class.path")));
        options.addAll(files);
        if (compiler.run(null, null, null, options.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("Generated tests do not compile: " + files.size() + " file(s) into " + out);
        }
        return out;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
