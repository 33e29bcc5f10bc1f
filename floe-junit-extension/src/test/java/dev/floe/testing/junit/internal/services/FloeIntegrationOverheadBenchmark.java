package dev.floe.testing.junit.internal.services;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.junit.FloeIntegration;

/**
 * Prints the added cost of {@code @FloeIntegration} per test class after the first, with services
 * healthy (real PostgreSQL on 127.0.0.1:5432, Jaeger a loopback server answering 200).
 *
 * <p>Both runs hold exactly one health-check round: 20 annotated classes, against 1 annotated class
 * plus 19 plain ones. The difference of their medians, divided by 19, is the per-class cost.
 * Not a test: run it as a main (docs/benchmarks-services.md has the command).
 */
public final class FloeIntegrationOverheadBenchmark {

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("dev.floe.testing");

    private FloeIntegrationOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Class<?>[] annotated = { A01.class, A02.class, A03.class, A04.class, A05.class, A06.class, A07.class, A08.class,
                A09.class, A10.class, A11.class, A12.class, A13.class, A14.class, A15.class, A16.class, A17.class,
                A18.class, A19.class, A20.class };
        Class<?>[] plain = { P02.class, P03.class, P04.class, P05.class, P06.class, P07.class, P08.class, P09.class,
                P10.class, P11.class, P12.class, P13.class, P14.class, P15.class, P16.class, P17.class, P18.class,
                P19.class, P20.class };
        List<Class<?>> mixedList = new ArrayList<>(List.of(A01.class));
        mixedList.addAll(Arrays.asList(plain));
        Class<?>[] mixed = mixedList.toArray(Class<?>[]::new);

        QUIET.setLevel(java.util.logging.Level.SEVERE);
        try (LoopbackServers.Answering jaeger = new LoopbackServers.Answering(200)) {
            Map<String, String> config = Kit.with(Kit.base(jaeger.port()), "floe.services.jaeger.required", "true");
            for (int i = 0; i < iterations / 3; i++) { // warm-up
                run(config, annotated);
                run(config, mixed);
            }
            long[] all = new long[iterations];
            long[] one = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                all[i] = run(config, annotated);
                one[i] = run(config, mixed);
            }
            double perClassMs = (median(all) - median(one)) / 19.0 / 1_000_000.0;
            System.out.printf("runs per variant:                 %d%n", iterations);
            System.out.printf("median, 20 annotated classes:     %.3f ms%n", median(all) / 1e6);
            System.out.printf("median, 1 annotated + 19 plain:   %.3f ms%n", median(one) / 1e6);
            System.out.printf("@FloeIntegration per class after the first: %.4f ms (target < 1 ms)%n", perClassMs);
        }
    }

    private static long run(Map<String, String> config, Class<?>[] classes) {
        long start = System.nanoTime();
        EngineExecutionResults results = Kit.run(config, classes);
        long elapsed = System.nanoTime() - start;
        if (results.testEvents().failed().count() > 0 || results.testEvents().succeeded().count() != 20) {
            throw new IllegalStateException("benchmark run did not pass: " + Kit.failures(results));
        }
        return elapsed;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @FloeIntegration
    abstract static class Annotated {
        @Test
        void test(DockerServices services) {
        }
    }

    abstract static class Plain {
        @Test
        void test() {
        }
    }

    static class A01 extends Annotated { }
    static class A02 extends Annotated { }
    static class A03 extends Annotated { }
    static class A04 extends Annotated { }
    static class A05 extends Annotated { }
    static class A06 extends Annotated { }
    static class A07 extends Annotated { }
    static class A08 extends Annotated { }
    static class A09 extends Annotated { }
    static class A10 extends Annotated { }
    static class A11 extends Annotated { }
    static class A12 extends Annotated { }
    static class A13 extends Annotated { }
    static class A14 extends Annotated { }
    static class A15 extends Annotated { }
    static class A16 extends Annotated { }
    static class A17 extends Annotated { }
    static class A18 extends Annotated { }
    static class A19 extends Annotated { }
    static class A20 extends Annotated { }
    static class P02 extends Plain { }
    static class P03 extends Plain { }
    static class P04 extends Plain { }
    static class P05 extends Plain { }
    static class P06 extends Plain { }
    static class P07 extends Plain { }
    static class P08 extends Plain { }
    static class P09 extends Plain { }
    static class P10 extends Plain { }
    static class P11 extends Plain { }
    static class P12 extends Plain { }
    static class P13 extends Plain { }
    static class P14 extends Plain { }
    static class P15 extends Plain { }
    static class P16 extends Plain { }
    static class P17 extends Plain { }
    static class P18 extends Plain { }
    static class P19 extends Plain { }
    static class P20 extends Plain { }
}
