package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Builds the matrix once when the launcher session closes, after all the session's test plans wrote
 * their fragments (some Surefire set-ups run one plan per class). Registered through {@code META-INF/services}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TraceabilitySessionListener implements LauncherSessionListener {

    private final TraceabilityRuntime runtime;

    /** The listener {@code META-INF/services} creates, sharing this JVM's runtime. */
    public TraceabilitySessionListener() {
        this(TraceabilityRuntime.jvm());
    }

    /** A listener on its own runtime (tests, tools). */
    public TraceabilitySessionListener(TraceabilityRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        runtime.sessionOpened();
        runtime.checkConfigurationOnce();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        runtime.sessionClosed();
    }
}
