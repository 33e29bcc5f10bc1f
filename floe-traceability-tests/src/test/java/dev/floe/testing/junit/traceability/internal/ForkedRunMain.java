package dev.floe.testing.junit.traceability.internal;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.util.Map;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Main of a forked test JVM in {@link ForkedJvmTest}: runs one class through a default launcher, so only
 * {@code META-INF/services} registers the traceability listeners, as under Surefire, Failsafe or an IDE.
 * Arguments: class name, output folder, run id, and optionally {@code no-close} to exit without closing the
 * launcher session (as a careless tool might) or {@code exit-after-close} to call {@code System.exit} right after
 * closing it (as Surefire's fork does).
 */
public final class ForkedRunMain {

    private ForkedRunMain() {
    }

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = request().selectors(selectClass(args[0]))
                .configurationParameters(Map.of("floe.traceability.output-dir", args[1],
                        "floe.traceability.run-id", args[2], "floe.traceability.partial-detection", "selectors"))
                .build();
        if (args.length > 3 && args[3].equals("exit-after-close")) {
            LauncherSession session = LauncherFactory.openSession();
            session.getLauncher().execute(request);
            session.close();
            System.exit(0); // at once, as Surefire's fork does: the reports are still being written
        }
        if (args.length > 3 && args[3].equals("no-close")) {
            LauncherSession session = LauncherFactory.openSession();
            session.getLauncher().execute(request);
            System.exit(0); // the session is never closed
        }
        LauncherFactory.create().execute(request);
    }
}
