package dev.floe.testing.junit.internal.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.traceability.Covers;

/** 20 test classes under parallel execution share exactly one health-check round. */
class SharedHealthRoundTests {

    static final Set<String> THREADS = ConcurrentHashMap.newKeySet();
    static final Set<DockerServices> INSTANCES = ConcurrentHashMap.newKeySet();

    @Test
    @Covers("003-FR-009")
    void twentyClassesInParallelRunOneHealthCheckRound() {
        THREADS.clear();
        INSTANCES.clear();
        try (LogCapture logs = new LogCapture(); LoopbackServers.Answering jaeger = new LoopbackServers.Answering(200)) {
            Map<String, String> config = Kit.with(Kit.base(jaeger.port()),
                    "floe.services.jaeger.required", "true", "floe.services.jaeger.timeout", "10s", // 20 classes start at once
                    "junit.jupiter.execution.parallel.enabled", "true",
                    "junit.jupiter.execution.parallel.mode.default", "concurrent",
                    "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                    "junit.jupiter.execution.parallel.config.strategy", "fixed",
                    "junit.jupiter.execution.parallel.config.fixed.parallelism", "8");

            EngineExecutionResults results = Kit.run(config, C01TestCase.class, C02TestCase.class, C03TestCase.class,
                    C04TestCase.class, C05TestCase.class, C06TestCase.class, C07TestCase.class, C08TestCase.class,
                    C09TestCase.class, C10TestCase.class, C11TestCase.class, C12TestCase.class, C13TestCase.class,
                    C14TestCase.class, C15TestCase.class, C16TestCase.class, C17TestCase.class, C18TestCase.class,
                    C19TestCase.class, C20TestCase.class);

            results.containerEvents().assertStatistics(s -> s.succeeded(21).failed(0)); // engine + 20 classes
            results.testEvents().assertStatistics(s -> s.started(20).succeeded(20).failed(0));
            assertThat(THREADS).as("threads that ran the tests").hasSizeGreaterThan(1);
            assertThat(INSTANCES).as("DockerServices instances seen").hasSize(1);
            assertThat(jaeger.hits.get()).as("Jaeger probe requests").isEqualTo(1);
            assertThat(logs.messages(Level.INFO)).filteredOn(m -> m.startsWith("floe services health check")).hasSize(1);
        }
    }

    @FloeIntegration
    abstract static class ParallelBase {

        @Test
        void usesServices(DockerServices services) throws InterruptedException {
            THREADS.add(Thread.currentThread().getName());
            INSTANCES.add(services);
            assertThat(services.isAvailable("jaeger")).isTrue();
            Thread.sleep(20); // hold the thread so other classes run beside this one
        }
    }

    static class C01TestCase extends ParallelBase { }
    static class C02TestCase extends ParallelBase { }
    static class C03TestCase extends ParallelBase { }
    static class C04TestCase extends ParallelBase { }
    static class C05TestCase extends ParallelBase { }
    static class C06TestCase extends ParallelBase { }
    static class C07TestCase extends ParallelBase { }
    static class C08TestCase extends ParallelBase { }
    static class C09TestCase extends ParallelBase { }
    static class C10TestCase extends ParallelBase { }
    static class C11TestCase extends ParallelBase { }
    static class C12TestCase extends ParallelBase { }
    static class C13TestCase extends ParallelBase { }
    static class C14TestCase extends ParallelBase { }
    static class C15TestCase extends ParallelBase { }
    static class C16TestCase extends ParallelBase { }
    static class C17TestCase extends ParallelBase { }
    static class C18TestCase extends ParallelBase { }
    static class C19TestCase extends ParallelBase { }
    static class C20TestCase extends ParallelBase { }
}
