package org.codehaus.plexus.classworlds.launcher;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Main of a forked JVM in {@code ForkedJvmTest} that stands for Maven running tests in its own JVM
 * ({@code forkCount=0}): the package makes the JVM look like Maven's launcher, the way the traceability runtime
 * tells it apart. Runs one class through a default launcher session, then prints whether the four reports were
 * there the moment the session close returned. Arguments: class name, output folder, run id.
 */
public final class InProcessMavenMain {

    private InProcessMavenMain() {
    }

    public static void main(String[] args) {
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(request().selectors(selectClass(args[0]))
                    .configurationParameters(Map.of("floe.traceability.output-dir", args[1],
                            "floe.traceability.run-id", args[2], "floe.traceability.partial-detection", "selectors"))
                    .build());
        }
        Path out = Path.of(args[1]);
        boolean complete = Files.exists(out.resolve("traceability-matrix.json"))
                && Files.exists(out.resolve("test-report.json")) && Files.exists(out.resolve("traceability.md"))
                && Files.exists(out.resolve("index.html"));
        System.out.println("reports complete when the session closed: " + complete);
    }
}
