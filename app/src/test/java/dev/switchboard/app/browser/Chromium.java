package dev.switchboard.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} driven through {@code chromium-driver}, both
 * named outright (Selenium Manager would go looking on the internet), with a profile of its own under
 * {@code target/}. Without Chromium a test is skipped on a developer's machine; with {@code CI=true} it fails instead
 * ({@code .ci/run} installs Chromium).
 */
final class Chromium {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** A browser whose window is {@code width} × {@code height}, or the test is skipped (failed on CI) without one. */
    static ChromeDriver start(int width, int height) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(installed, "no Chromium here: apt-get install -y chromium chromium-driver");

        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(PATIENCE);
        return browser;
    }

    /** Saves what the browser shows as {@code directory/name}. */
    static void screenshot(ChromeDriver browser, Path directory, String name) {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.createDirectories(directory);
            Files.copy(shot, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
