package dev.floe.testing.junit.traceability.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * The default run id: the Maven process that (directly or through a shell) forked this JVM, so that all
 * Surefire and Failsafe forks of one {@code mvn} invocation share it; else this JVM alone.
 */
final class RunIds {

    private static final int MAX_DEPTH = 4;
    private static volatile String cached;

    private RunIds() {
    }

    static String current() {
        String id = cached;
        if (id == null) {
            id = compute();
            cached = id;
        }
        return id;
    }

    private static String compute() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        for (int depth = 0; depth < MAX_DEPTH && parent.isPresent(); depth++) {
            ProcessHandle handle = parent.get();
            if (isMaven(handle)) {
                return "mvn-" + handle.pid() + "-" + start(handle);
            }
            parent = handle.parent();
        }
        ProcessHandle self = ProcessHandle.current();
        return "jvm-" + self.pid() + "-" + start(self);
    }

    private static boolean isMaven(ProcessHandle handle) {
        String commandLine = handle.info().commandLine().orElse("");
        return commandLine.contains("org.codehaus.plexus.classworlds.launcher.Launcher")
                || commandLine.contains("plexus-classworlds");
    }

    private static long start(ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
