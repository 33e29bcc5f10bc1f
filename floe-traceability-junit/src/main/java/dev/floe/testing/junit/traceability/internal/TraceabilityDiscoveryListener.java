package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;

import org.apiguardian.api.API;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.IterationSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.NestedMethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * Notes selections that make a run partial by themselves: single methods, unique ids or iterations (an IDE
 * running one test, a rerun of failures). Class selections are judged later by the static scan.
 * Registered through {@code META-INF/services}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TraceabilityDiscoveryListener implements LauncherDiscoveryListener {

    private static final int EXAMPLES = 3;

    private final TraceabilityRuntime runtime;

    /** The listener {@code META-INF/services} creates, sharing this JVM's runtime. */
    public TraceabilityDiscoveryListener() {
        this(TraceabilityRuntime.jvm());
    }

    /** A listener on its own runtime (tests, tools). */
    public TraceabilityDiscoveryListener(TraceabilityRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
        List<String> selected = new ArrayList<>();
        add(selected, request.getSelectorsByType(MethodSelector.class));
        add(selected, request.getSelectorsByType(NestedMethodSelector.class));
        add(selected, request.getSelectorsByType(UniqueIdSelector.class));
        add(selected, request.getSelectorsByType(IterationSelector.class));
        if (selected.isEmpty()) {
            runtime.selectionSeen(List.of());
            return;
        }
        String examples = String.join(", ", selected.subList(0, Math.min(EXAMPLES, selected.size())));
        runtime.selectionSeen(List.of("selected by " + selected.size() + " method or unique-id selector(s), e.g. "
                + examples));
    }

    private static void add(List<String> out, List<? extends DiscoverySelector> selectors) {
        for (DiscoverySelector selector : selectors) {
            out.add(describe(selector));
        }
    }

    private static String describe(DiscoverySelector selector) {
        if (selector instanceof MethodSelector m) {
            return m.getClassName() + "#" + m.getMethodName();
        }
        if (selector instanceof NestedMethodSelector m) {
            return m.getNestedClassName() + "#" + m.getMethodName();
        }
        if (selector instanceof UniqueIdSelector u) {
            return u.getUniqueId().toString();
        }
        return selector.toString();
    }
}
