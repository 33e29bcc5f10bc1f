package dev.floe.testing.junit.internal.services;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture classes through EngineTestKit with explicit floe configuration (no reliance on CI env). */
final class Kit {

    private Kit() {
    }

    /** BASE in external mode: the real PostgreSQL on 127.0.0.1:5432, Jaeger on {@code jaegerPort} of 127.0.0.1. */
    static Map<String, String> base(int jaegerPort) {
        Map<String, String> p = new HashMap<>();
        p.put("floe.services.mode", "external");
        p.put("floe.services.postgres.host", "127.0.0.1");
        p.put("floe.services.postgres.port", "5432");
        p.put("floe.services.postgres.timeout", "10s");
        p.put("floe.services.jaeger.host", "127.0.0.1");
        p.put("floe.services.jaeger.port", Integer.toString(jaegerPort));
        p.put("floe.services.jaeger.timeout", "300ms");
        return p;
    }

    static Map<String, String> with(Map<String, String> base, String... keyValues) {
        Map<String, String> p = new HashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    static EngineExecutionResults run(Map<String, String> parameters, Class<?>... classes) {
        ClassSelector[] selectors = Arrays.stream(classes).map(c -> selectClass(c)).toArray(ClassSelector[]::new);
        return EngineTestKit.engine("junit-jupiter").configurationParameters(parameters).selectors(selectors).execute();
    }

    static List<Throwable> failures(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow()).toList();
    }

    static String everything(EngineExecutionResults results) {
        StringBuilder b = new StringBuilder();
        for (Event e : results.allEvents().list()) {
            b.append(e).append('\n');
            e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).ifPresent(t -> {
                StringWriter w = new StringWriter();
                t.printStackTrace(new PrintWriter(w));
                b.append(w).append('\n');
            });
        }
        return b.toString();
    }
}
