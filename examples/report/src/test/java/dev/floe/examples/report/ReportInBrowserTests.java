package dev.floe.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import dev.floe.testing.junit.traceability.Covers;

/**
 * Opens the examples' HTML report in headless Chromium: it renders, its coverage bars show, and each
 * gap names the spec file and line of its requirement, as a link to that line of the spec file. Saves a screenshot to
 * {@code target/traceability-report.png} (and to {@code -Dfloe-examples.screenshot=<file>} when set).
 */
class ReportInBrowserTests {

    /** The report under test and the build root its spec paths are relative to. */
    static final Path REPORT = Path.of(System.getProperty("floe-examples.report",
            "../target/floe-traceability/index.html")).toAbsolutePath().normalize();
    static final Path ROOT = Path.of(System.getProperty("floe-examples.report.root", "..")).toAbsolutePath().normalize();

    private static final Pattern LOCATION = Pattern.compile("(.+\\.md):(\\d+)");
    private static ChromeDriver browser;

    @BeforeAll
    static void open(@TempDir Path profile) throws Exception {
        assertThat(REPORT).as("the examples' report; run the examples first (mvn verify from the project root)").isRegularFile();
        browser = Chromium.start(profile);
        browser.get(REPORT.toUri().toString());
        // the long sections and rows render only when scrolled to (content-visibility); these checks read them all at once
        browser.executeScript("document.querySelectorAll('section,#req-table tbody tr,#test-table tbody tr')"
                + ".forEach(function(s){s.style.contentVisibility='visible'})");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The data rows of the table right after the heading; none when the heading is followed by something else. */
    private static List<WebElement> rowsUnder(String heading) {
        return browser.findElements(By.xpath("//h2[starts-with(normalize-space(.), '" + heading
                + "')]/following-sibling::*[1][self::table]//tr[td]"));
    }

    @Test
    @Covers("106-FR-001")
    void rendersWithACoverageBarPerFeature() throws Exception {
        assertThat(browser.getTitle()).isEqualTo("Traceability matrix");
        assertThat(browser.findElement(By.tagName("h1")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("body > p > strong")).getText()).contains("requirements covered (");

        List<WebElement> features = rowsUnder("Features");
        assertThat(features).isNotEmpty();
        for (WebElement row : features) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            WebElement bar = row.findElement(By.cssSelector("div.bar"));
            double percentage = Double.parseDouble(cells.get(cells.size() - 1).getText());
            double barWidth = bar.getRect().getWidth() - 2; // inside the 1px border
            double green = bar.findElements(By.cssSelector("span.covered")).stream().mapToDouble(s -> s.getRect().getWidth()).sum();

            assertThat(bar.isDisplayed()).isTrue();
            assertThat(barWidth).isGreaterThan(100);
            assertThat(green).as("green part of %s", cells.get(0).getText()).isCloseTo(barWidth * percentage / 100, within(2.0));
        }
        WebElement anyGreen = browser.findElement(By.cssSelector("div.bar span.covered"));
        assertThat(anyGreen.getCssValue("background-color")).isEqualTo("rgba(46, 158, 68, 1)");

        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Path screenshot = Files.write(Path.of("target", "traceability-report.png"), png);
        String copyTo = System.getProperty("floe-examples.screenshot");
        if (copyTo != null) {
            Files.copy(screenshot, Path.of(copyTo), StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(png.length).isGreaterThan(10_000);
    }

    @Test
    @Covers("106-FR-002")
    void eachGapNamesTheSpecFileAndLineOfItsRequirement() throws Exception {
        // the gaps (uncovered requirements) are listed under "Needs attention", each with its spec and a suggestion
        List<WebElement> gaps = browser.findElements(By.xpath("//h3[@id='gaps']/following-sibling::*[1][self::table]//tr[td]"));
        for (WebElement gap : gaps) {
            List<WebElement> cells = gap.findElements(By.tagName("td"));
            assertPointsAtItsLine(cells.get(0).getText(), cells.get(1));
            assertThat(cells.get(2).getText()).as("requirement text of %s", cells.get(0).getText()).isNotBlank();
            assertThat(cells.get(3).getText()).as("suggested test location of %s", cells.get(0).getText()).contains("@Covers");
        }
        // Every requirement row carries its location the same way (under its id), so this holds with or without gaps.
        List<WebElement> requirements = browser.findElements(By.cssSelector("#req-table tbody tr"));
        assertThat(requirements).isNotEmpty();
        for (WebElement row : requirements) {
            assertPointsAtItsLine(row.getDomAttribute("id"), row.findElement(By.tagName("td")));
        }
    }

    /**
     * The cell shows {@code path:line} of the spec line that holds {@code id}'s bold id, as a link whose href,
     * resolved by the browser against the page, is that spec file with the anchor {@code #L<line>}.
     */
    private static void assertPointsAtItsLine(String id, WebElement cell) throws Exception {
        WebElement link = cell.findElement(By.cssSelector("a[href*='#L']"));
        String location = link.getText();
        Matcher m = LOCATION.matcher(location);
        assertThat(m.matches()).as("spec location of %s: %s", id, location).isTrue();
        Path spec = ROOT.resolve(m.group(1));
        int line = Integer.parseInt(m.group(2));
        assertThat(spec).as("spec file of %s", id).isRegularFile();
        assertThat(Files.readAllLines(spec).get(line - 1)).as("%s:%d for %s", spec, line, id)
                .contains("**" + id.substring(id.indexOf("FR-")) + "**");

        assertThat(link.getDomAttribute("href")).as("href of %s", id).doesNotStartWith("/").doesNotContain("://");
        URI target = URI.create(link.getDomProperty("href")); // as the browser resolves it against the page
        assertThat(target.getScheme()).isEqualTo("file");
        assertThat(target.getFragment()).as("anchor of %s", id).isEqualTo("L" + line);
        assertThat(Path.of(new URI(target.getScheme(), target.getSchemeSpecificPart(), null)))
                .as("spec file %s links to", id).isEqualTo(spec);
    }
}
