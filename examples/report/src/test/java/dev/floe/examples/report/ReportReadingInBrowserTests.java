package dev.floe.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.report.ReportOptions;

/**
 * Reads a generated report the way a person does, in headless Chromium: the totals match the JSON reports, the status
 * links and filters, the search and the sort change what the tables show, a failed test's stack trace opens, a spec
 * link leads to its line, the page fits 1400 px and 390 px wide windows, nothing is logged as a JavaScript error, and
 * with JavaScript off every row still shows. Saves screenshots to {@code target/report-*.png} (and into
 * {@code -Dfloe.examples.screenshot-dir=<folder>} when set, as {@code docs/images} holds them).
 */
class ReportReadingInBrowserTests {

    private static Path root;
    private static Path page;
    private static JsonNode matrix;
    private static JsonNode testReport;
    private static ChromeDriver browser;

    @BeforeAll
    static void open(@TempDir Path dir) throws Exception {
        root = dir;
        // two full runs: the second shows what changed since the first, and a trend of two points
        SyntheticReport.write(root, 120, 300, Instant.parse("2026-12-04T10:00:00Z"), ReportOptions.defaults());
        page = SyntheticReport.write(root, 120, 600, Instant.parse("2026-12-05T10:00:00Z"), ReportOptions.defaults());
        Path reports = page.getParent();
        ObjectMapper json = new ObjectMapper();
        matrix = json.readTree(reports.resolve("traceability-matrix.json").toFile());
        testReport = json.readTree(reports.resolve("test-report.json").toFile());
        browser = Chromium.start(root.resolve("chromium-profile"));
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void load() {
        browser.get(page.toUri().toString());
        // the long sections and rows render only when scrolled to (content-visibility); these checks read them all at once
        browser.executeScript("document.querySelectorAll('section,#req-table tbody tr,#test-table tbody tr')"
                + ".forEach(function(s){s.style.contentVisibility='visible'})");
    }

    private static int visibleRows(String table) {
        return ((Number) browser.executeScript("return [].filter.call(document.querySelectorAll('#" + table
                + " tbody tr'),function(r){return !r.hidden}).length;")).intValue();
    }

    @Test
    @Covers("106-FR-003")
    void everyCountOnThePageIsTheJsonReportsCount() {
        Map<String, Integer> requirements = new HashMap<>();
        for (JsonNode m : matrix.path("mappings")) {
            String status = m.path("coverage_status").asText();
            String kind = m.path("partial_kind").asText("");
            requirements.merge(status.equals("partial") ? kind : status, 1, Integer::sum);
        }
        Map<String, Integer> tests = new HashMap<>();
        testReport.path("test_results").forEach(t -> tests.merge(t.path("status").asText(), 1, Integer::sum));

        for (String status : List.of("covered", "failing", "not_run", "uncovered", "excluded")) {
            assertThat(browser.findElement(By.id("n-req-" + status)).getText()).as("requirements " + status)
                    .isEqualTo(String.valueOf(requirements.getOrDefault(status, 0)));
        }
        for (String status : List.of("passed", "failed", "error", "skipped", "aborted", "not_run")) {
            assertThat(browser.findElement(By.id("n-test-" + status)).getText()).as("tests " + status)
                    .isEqualTo(String.valueOf(tests.getOrDefault(status, 0)));
        }
        assertThat(requirements.get("failing")).isPositive();
        assertThat(tests.get("error")).isPositive();
        assertThat(visibleRows("test-table")).isEqualTo(testReport.path("test_results").size());
        assertThat(visibleRows("req-table")).isEqualTo(matrix.path("requirements").size());
        assertThat(browser.findElement(By.id("attention")).getText()).contains("Failing requirements (" + requirements.get("failing") + ")",
                "Uncovered requirements: gaps (" + requirements.get("uncovered") + ")");
        assertThat(noJavaScriptErrors()).isEmpty();
    }

    @Test
    @Covers("106-FR-003")
    void statusLinksAndFiltersShowOnlyTheRowsAskedFor() {
        long failed = count(testReport.path("test_results"), "status", "failed");
        browser.findElement(By.cssSelector("a[data-ts=failed]")).click();

        assertThat(visibleRows("test-table")).isEqualTo((int) failed);
        assertThat(browser.findElement(By.id("test-table-shown")).getText())
                .isEqualTo(failed + " of " + testReport.path("test_results").size() + " shown");
        browser.findElement(By.cssSelector("input[name=ts][value=error]")).click();
        assertThat(visibleRows("test-table")).isEqualTo((int) (failed + count(testReport.path("test_results"), "status", "error")));

        browser.findElement(By.id("reset")).click();
        browser.findElement(By.cssSelector("a[data-rs=uncovered]")).click();
        assertThat(visibleRows("req-table")).isEqualTo((int) count(matrix.path("mappings"), "coverage_status", "uncovered"));
        browser.findElement(By.id("reset")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("fr"))).selectByVisibleText("P1");
        long p1 = count(matrix.path("requirements"), "priority", "P1");
        assertThat(visibleRows("req-table")).isEqualTo((int) p1);
        assertThat(noJavaScriptErrors()).isEmpty();
    }

    @Test
    @Covers("106-FR-003")
    void theSearchFindsARequirementByIdAndItsTestsAndTheSortOrdersByTime() {
        JsonNode requirement = matrix.path("mappings").get(3);
        String id = requirement.path("requirement_id").asText();
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys(id);

        assertThat(visibleRows("req-table")).isEqualTo(1);
        assertThat(visibleRows("test-table")).isEqualTo(requirement.path("test_ids").size());

        search.clear();
        browser.findElement(By.xpath("//table[@id='test-table']//th[.='Time']")).click();
        @SuppressWarnings("unchecked")
        List<Number> times = (List<Number>) browser.executeScript("return [].slice.call(document.querySelectorAll("
                + "'#test-table tbody tr')).map(function(r){return parseFloat(r.cells[2].textContent)});");
        assertThat(times).hasSize(testReport.path("test_results").size());
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i).doubleValue()).isGreaterThanOrEqualTo(times.get(i - 1).doubleValue());
        }
        assertThat(noJavaScriptErrors()).isEmpty();
    }

    @Test
    @Covers("106-FR-003")
    void aFailedTestsStackTraceOpensWithTheFullTraceOneClickAway() {
        browser.findElement(By.cssSelector("a[data-ts=error]")).click();
        WebElement row = browser.findElements(By.cssSelector("#test-table tbody tr")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
        WebElement trace = row.findElement(By.cssSelector("details.trace"));
        assertThat(trace.findElement(By.tagName("pre")).isDisplayed()).isFalse();

        trace.findElement(By.tagName("summary")).click();

        WebElement trimmed = trace.findElement(By.tagName("pre"));
        assertThat(trimmed.isDisplayed()).isTrue();
        assertThat(trimmed.getText()).contains("framework frames", "at dev.floe.generated.").doesNotContain("org.junit.platform");
        WebElement full = trace.findElement(By.cssSelector("details.full"));
        full.findElement(By.tagName("summary")).click();
        assertThat(full.findElement(By.tagName("pre")).getText()).contains("at org.junit.platform.commons.util.ReflectionUtils");
        screenshot("report-stack-trace");
    }

    @Test
    @Covers("106-FR-003")
    void aSpecLinkLeadsToTheLineOfItsRequirement() throws Exception {
        WebElement link = browser.findElement(By.cssSelector("#req-table tbody tr a[href*='spec.md#L']"));
        String location = link.getText();
        String id = link.findElement(By.xpath("ancestor::tr")).getDomAttribute("id");

        link.click();

        String url = browser.getCurrentUrl();
        assertThat(url).startsWith("file:").contains("#L");
        int line = Integer.parseInt(url.substring(url.indexOf("#L") + 2));
        Path spec = Path.of(new java.net.URI(url.substring(0, url.indexOf('#'))));
        assertThat(location).isEqualTo(root.relativize(spec).toString().replace('\\', '/') + ":" + line);
        assertThat(Files.readAllLines(spec).get(line - 1)).contains("**" + id.substring(id.indexOf("FR-")) + "**");
        assertThat(browser.getPageSource()).contains("**" + id.substring(id.indexOf("FR-")) + "**");
    }

    @Test
    @Covers("106-FR-004")
    void thePageFitsA1400AndA390PixelWideWindow() {
        screenshot("report-top");
        assertThat(overflow()).as("page wider than the 1400 px window").isLessThanOrEqualTo(0);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.navigate().refresh();
            assertThat(((Number) browser.executeScript("return window.innerWidth;")).intValue()).isEqualTo(390);
            assertThat(overflow()).as("page wider than the 390 px window").isLessThanOrEqualTo(0);
            screenshot("report-390px");
        }
        finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(noJavaScriptErrors()).isEmpty();
    }

    @Test
    @Covers("106-FR-003")
    void withJavaScriptOffEveryRowShowsAndTheControlsStayHidden(@TempDir Path profile) {
        ChromeDriver noScript = Chromium.start(profile, false);
        try {
            noScript.get(page.toUri().toString());
            assertThat(noScript.findElement(By.id("filters")).isDisplayed()).isFalse();
            assertThat(noScript.findElements(By.cssSelector("#test-table tbody tr"))).hasSize(testReport.path("test_results").size());
            assertThat(noScript.findElement(By.cssSelector("#attention")).isDisplayed()).isTrue();
            assertThat(noScript.findElement(By.id("n-req-failing")).getText())
                    .isEqualTo(browser.findElement(By.id("n-req-failing")).getText());
        }
        finally {
            noScript.quit();
        }
    }

    /** How many pixels the page is wider than the window, with every section rendered. */
    private static int overflow() {
        return ((Number) browser.executeScript("document.querySelectorAll('section,#req-table tbody tr,#test-table tbody tr').forEach(function(s){"
                + "s.style.contentVisibility='visible'});document.querySelectorAll('details').forEach(function(d){"
                + "d.open=true});var w=document.documentElement.scrollWidth-window.innerWidth;"
                + "document.querySelectorAll('details').forEach(function(d){d.open=false});return w;")).intValue();
    }

    private static long count(JsonNode array, String field, String value) {
        long n = 0;
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asText())) {
                n++;
            }
        }
        return n;
    }

    private static List<String> noJavaScriptErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    private static Path screenshot(String name) {
        try {
            Path file = Files.write(Path.of("target", name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            String dir = System.getProperty("floe.examples.screenshot-dir");
            if (dir != null) {
                Files.copy(file, Path.of(dir, name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
