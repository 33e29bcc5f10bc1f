package dev.floe.testing.junit.internal.services;

import java.util.Arrays;
import java.util.Map;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.internal.ServicesProvisioner;

/**
 * Prints how long a health-check round of profile STORAGE takes when every service answers: the
 * real PostgreSQL, and loopback servers for Jaeger, LocalStack and Polaris that answer 200 after
 * 20, 80 and 150 ms. Target: the slowest probe (150 ms) plus under 50 ms. Not a test: run as a main.
 */
public final class HealthRoundBenchmark {

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("dev.floe.testing");

    private static final long SLOWEST_MS = 150;

    private HealthRoundBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        QUIET.setLevel(java.util.logging.Level.SEVERE);
        try (LoopbackServers.Answering jaeger = new LoopbackServers.Answering(200, 20);
                LoopbackServers.Answering localstack = new LoopbackServers.Answering(200, 80);
                LoopbackServers.Answering polaris = new LoopbackServers.Answering(200, SLOWEST_MS)) {
            Map<String, String> params = Kit.with(Kit.base(jaeger.port()), "floe.services.jaeger.required", "true",
                    "floe.services.localstack.host", "127.0.0.1", "floe.services.localstack.port", "" + localstack.port(),
                    "floe.services.polaris.host", "127.0.0.1", "floe.services.polaris.port", "" + polaris.port(),
                    "floe.services.polaris.client-id", "bench", "floe.services.polaris.client-secret", "bench-secret");
            FloeConfiguration config = FloeConfiguration.of(Map.of(), Map.of(), params);
            for (int i = 0; i < 5; i++) {
                round(config); // warm-up
            }
            long[] times = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                times[i] = round(config);
            }
            Arrays.sort(times);
            double median = times[iterations / 2] / 1e6;
            double p90 = times[(int) (iterations * 0.9)] / 1e6;
            System.out.printf("rounds:                        %d (profile storage: postgres, jaeger, localstack, polaris)%n", iterations);
            System.out.printf("slowest probe (polaris):       %d ms%n", SLOWEST_MS);
            System.out.printf("round median / p90:            %.1f ms / %.1f ms%n", median, p90);
            System.out.printf("round minus slowest probe:     %.1f ms median, %.1f ms p90 (target < 50 ms)%n",
                    median - SLOWEST_MS, p90 - SLOWEST_MS);
        }
    }

    private static long round(FloeConfiguration config) {
        try (ServicesProvisioner provisioner = ServicesProvisioner.create(config)) {
            long start = System.nanoTime();
            provisioner.provision(Profile.STORAGE);
            return System.nanoTime() - start;
        }
    }
}
