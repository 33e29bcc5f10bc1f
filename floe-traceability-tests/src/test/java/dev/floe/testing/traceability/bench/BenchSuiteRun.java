package dev.floe.testing.traceability.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Profiling aid (not a test): runs the shared bench's generated classes {@code bench.C000Test} ..
 * {@code C199Test} in one launcher session with the listeners that {@code META-INF/services} registers, as
 * under Surefire but without Maven, then waits before the JVM exits, so that a JFR recording also sees what
 * happens after the session closes. Put the bench suite's {@code target/test-classes} and test class path on
 * the class path and run it in the suite's folder.
 *
 * <p>Arguments: milliseconds to wait after the session closes (default 0), number of classes (default 200).
 */
public final class BenchSuiteRun {

    private BenchSuiteRun() {
    }

    public static void main(String[] args) throws InterruptedException {
        long waitMillis = args.length > 0 ? Long.parseLong(args[0]) : 0;
        int classes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            selectors.add(selectClass(String.format(Locale.ROOT, "bench.C%03dTest", c)));
        }
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        long start = System.nanoTime();
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(request().selectors(selectors).build(), summary);
        }
        System.out.printf(Locale.ROOT, "tests %d, failed %d, session closed after %d ms%n",
                summary.getSummary().getTestsFoundCount(), summary.getSummary().getTotalFailureCount(),
                (System.nanoTime() - start) / 1_000_000);
        Thread.sleep(waitMillis);
    }
}
