package dev.floe.testing.junit.traceability.internal;

import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.RequirementId;

/**
 * Runs fixture classes through a real launcher with only our listeners (auto-registration off), writing
 * into a temporary output folder.
 */
final class ListenerRuns {

    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    /** The project root: tests run in the module folder. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final TraceabilityRuntime runtime;
    private final Map<String, String> parameters = new HashMap<>();

    ListenerRuns(Path output, SpecSet specs) {
        runtime = new TraceabilityRuntime(SpecSource.fixed(ROOT, specs), Path.of("").toAbsolutePath(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        parameters.put("floe.traceability.output-dir", output.toString());
        parameters.put("floe.traceability.run-id", "run-1");
        parameters.put("floe.traceability.partial-detection", "selectors");
    }

    /** A spec set of feature 900 with the given local ids, in {@code specs/900-fixture/spec.md}. */
    static SpecSet specs(String... localIds) {
        List<Requirement> requirements = new java.util.ArrayList<>();
        int line = 5;
        for (String id : localIds) {
            requirements.add(new Requirement(new RequirementId("900", id), "specs/900-fixture/spec.md", line++,
                    "Fixture requirement " + id + ".", "fixture", "P2"));
        }
        return new SpecSet("specs/**/spec.md under " + ROOT, List.of("specs/900-fixture/spec.md"), requirements,
                List.of());
    }

    ListenerRuns with(String key, String value) {
        parameters.put(key, value);
        return this;
    }

    TraceabilityRuntime runtime() {
        return runtime;
    }

    /** Runs one test plan per call inside one launcher session. */
    void run(List<DiscoverySelector>... plans) {
        LauncherConfig config = LauncherConfig.builder()
                .enableTestEngineAutoRegistration(true)
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .addTestExecutionListeners(new TraceabilityListener(runtime))
                .addLauncherSessionListeners(new TraceabilitySessionListener(runtime))
                .addLauncherDiscoveryListeners(new TraceabilityDiscoveryListener(runtime))
                .build();
        try (LauncherSession session = LauncherFactory.openSession(config)) {
            for (List<DiscoverySelector> selectors : plans) {
                session.getLauncher().execute(request().selectors(selectors).configurationParameters(parameters)
                        .build());
            }
        }
    }
}
