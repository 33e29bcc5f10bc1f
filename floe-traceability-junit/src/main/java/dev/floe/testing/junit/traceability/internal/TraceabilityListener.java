package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The run listener: records every test of a plan as a plain result and, when the plan ends, has the
 * plan's result fragment written (off the test thread, see {@link TraceabilityRuntime}). Registered through {@code META-INF/services}, so it needs no configuration.
 * A thin adapter: it never fails a test or a run; what goes wrong is logged.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TraceabilityListener implements TestExecutionListener {

    private static final System.Logger LOG = System.getLogger("dev.floe.testing.traceability");

    private final TraceabilityRuntime runtime;
    private volatile PlanRecorder recorder;

    /** The listener {@code META-INF/services} creates, sharing this JVM's runtime. */
    public TraceabilityListener() {
        this(TraceabilityRuntime.jvm());
    }

    /** A listener on its own runtime (tests, tools). */
    public TraceabilityListener(TraceabilityRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        recorder = null;
        runtime.settings(key -> testPlan.getConfigurationParameters().get(key))
                .filter(TraceabilitySettings::enabled)
                .ifPresent(settings -> {
                    recorder = new PlanRecorder(testPlan, settings, runtime.takeSelection());
                    guarded(() -> runtime.prefetch(settings, PlanRecorder.topLevelClassSources(testPlan)));
                });
    }

    @Override
    public void executionStarted(TestIdentifier testIdentifier) {
        PlanRecorder r = recorder;
        if (r != null) {
            r.started(testIdentifier);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        PlanRecorder r = recorder;
        if (r != null) {
            guarded(() -> r.skipped(testIdentifier, reason));
        }
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult testExecutionResult) {
        PlanRecorder r = recorder;
        if (r != null) {
            guarded(() -> r.finished(testIdentifier, testExecutionResult));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        PlanRecorder r = recorder;
        recorder = null;
        if (r != null) {
            guarded(() -> runtime.planFinished(r));
        }
    }

    private static void guarded(Runnable action) {
        try {
            action.run();
        }
        catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.ERROR, "Traceability listener failed; the run itself is not affected: " + e, e);
        }
    }
}
