package dev.floe.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver; fails (never skips) when either is missing.
 * Elsewhere, point {@code -Dfloe-examples.chromium} and {@code -Dfloe-examples.chromedriver} at them.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("floe-examples.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("floe-examples.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    static ChromeDriver start(Path profileDir) {
        return start(profileDir, true);
    }

    /** A browser with JavaScript on or off; its console messages are kept for {@code manage().logs()}. */
    static ChromeDriver start(Path profileDir, boolean javascript) {
        for (Path needed : new Path[] { BROWSER, DRIVER }) {
            if (!Files.isExecutable(needed)) {
                throw new AssertionError(needed + " is missing: this test opens the HTML report in headless Chromium."
                        + " Install it with 'apt-get install -y chromium chromium-driver' (Debian), then run again.");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1400", "--user-data-dir=" + profile(profileDir));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        if (!javascript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Path profile(Path dir) {
        try {
            return Files.createDirectories(dir);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
