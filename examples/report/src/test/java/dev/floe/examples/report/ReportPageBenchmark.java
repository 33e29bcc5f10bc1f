package dev.floe.examples.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import dev.floe.testing.traceability.report.ReportOptions;

/**
 * Prints the figures of the HTML report for a large build (default 10,000 tests over 2,000 requirements): its size,
 * the time to render the report set, and in headless Chromium the time from navigation to interactive (the inline
 * script has run) and to the load event, and the time for a status filter and a search to apply (layout included).
 * A benchmark, not a test: it asserts nothing. Arguments: {@code [tests] [requirements] [rounds]}.
 */
public final class ReportPageBenchmark {

    private ReportPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tests = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int requirements = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path root = Files.createTempDirectory("floe-report-bench");
        long start = System.nanoTime();
        Path page = SyntheticReport.write(root, requirements, tests, Instant.parse("2026-12-05T10:00:00Z"),
                ReportOptions.defaults());
        long renderMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "report for %,d tests, %,d requirements: index.html %,d bytes (%.2f MB);"
                + " first write of the report set %d ms (JVM cold)%n", tests, requirements, Files.size(page),
                Files.size(page) / 1e6, renderMs);
        ChromeDriver browser = Chromium.start(root.resolve("chromium-profile"));
        try {
            browser.manage().window().setSize(new Dimension(1400, 1000));
            double[] parsed = new double[rounds];
            double[] interactive = new double[rounds];
            double[] loaded = new double[rounds];
            double[] filter = new double[rounds];
            double[] search = new double[rounds];
            double[] inView = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                browser.get(page.toUri().toString());
                @SuppressWarnings("unchecked")
                Map<String, Object> nav = (Map<String, Object>) browser.executeScript(
                        "var n=performance.getEntriesByType('navigation')[0];"
                                + "return {p:n.domInteractive,i:n.domContentLoadedEventEnd,l:n.loadEventEnd};");
                parsed[i] = ((Number) nav.get("p")).doubleValue();
                interactive[i] = ((Number) nav.get("i")).doubleValue();
                loaded[i] = ((Number) nav.get("l")).doubleValue();
                filter[i] = ((Number) browser.executeScript(
                        "var c=document.querySelector('input[name=ts][value=passed]'),t=performance.now();"
                                + "c.click();document.body.offsetHeight;var d=performance.now()-t;c.click();return d;"))
                        .doubleValue();
                inView[i] = ((Number) browser.executeScript(
                        "document.getElementById('test-table').scrollIntoView();document.body.offsetHeight;"
                                + "var c=document.querySelector('input[name=ts][value=passed]'),t=performance.now();"
                                + "c.click();document.body.offsetHeight;var d=performance.now()-t;c.click();"
                                + "window.scrollTo(0,0);return d;")).doubleValue();
                search[i] = ((Number) browser.executeScript(
                        "var q=document.getElementById('q'),t=performance.now();q.value='nullpointer';"
                                + "q.dispatchEvent(new Event('input'));document.body.offsetHeight;"
                                + "var d=performance.now()-t;q.value='';q.dispatchEvent(new Event('input'));return d;"))
                        .doubleValue();
            }
            System.out.printf(Locale.ROOT, "Chromium (headless, 1400 px window), median of %d loads:%n", rounds);
            System.out.printf(Locale.ROOT, "  navigation to the page parsed (domInteractive): %.0f ms%n", median(parsed));
            System.out.printf(Locale.ROOT, "  navigation to interactive (script ran, DOMContentLoaded end): %.0f ms%n",
                    median(interactive));
            System.out.printf(Locale.ROOT, "  navigation to load event end: %.0f ms%n", median(loaded));
            System.out.printf(Locale.ROOT, "  status filter (hide passed tests) applied and laid out: %.0f ms%n",
                    median(filter));
            System.out.printf(Locale.ROOT, "  the same with the tests table in view (its rows laid out): %.0f ms%n",
                    median(inView));
            System.out.printf(Locale.ROOT, "  search ('nullpointer') applied and laid out, first search: %.0f ms%n",
                    median(search));
        }
        finally {
            browser.quit();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
