package org.vistka.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Selenium, to see pages as a reader's browser renders and runs them.
 *
 * <p>Assumes Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; Selenium Manager is never
 * used, because nothing may be downloaded. When either is missing, {@link #open} fails and says what to install.
 * Each browser has a fresh profile in a temp folder, removed by {@link #close}.
 *
 * <p>Not thread-safe: one test thread drives one browser at a time.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** Selenium's DevTools bindings lag Debian's Chromium; they are unused here, so their version warning is noise. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(int width, int height, boolean javascript, boolean phone) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ", and one is missing: run `apt-get install chromium chromium-driver`");
        }
        try {
            profile = Files.createTempDirectory("vistka-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 1.0, "mobile", true, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** A desktop browser with JavaScript on, its window {@code width} by {@code height} CSS pixels (at least 500 wide). */
    public static Browser open(int width, int height) {
        return new Browser(width, height, true, false);
    }

    /** A desktop browser that runs no page scripts, as a reader with JavaScript turned off. */
    public static Browser withoutJavaScript(int width, int height) {
        return new Browser(width, height, false, false);
    }

    /**
     * A phone's screen, {@code width} by {@code height} CSS pixels, with JavaScript on: the viewport meta tag counts
     * and scrollbars take no room. Chromium's windows are never narrower than 500 pixels, so narrower is emulated.
     */
    public static Browser phone(int width, int height) {
        return new Browser(width, height, true, true);
    }

    /** Loads the address and returns once the page's load event has fired. */
    public void load(URI address) {
        driver.get(address.toString());
    }

    /** Runs {@code javascript} in every page loaded from now on, before the page's own scripts (to stand in for a browser feature). */
    public void beforeEveryPage(String javascript) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", javascript));
    }

    /** The first element matching the CSS selector, waiting for it to appear. */
    public WebElement find(String cssSelector) {
        return waitUntil("an element matching " + cssSelector, d -> d.findElement(By.cssSelector(cssSelector)));
    }

    /** Lets pages read the clipboard, as a reader would allow when asked, so a test can see what a page copied. */
    public void allowClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", java.util.List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** Every element matching the CSS selector now, without waiting: empty when there is none. */
    public java.util.List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** The rendered text of the first element matching the CSS selector, as a reader sees it. */
    public String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    /** Runs JavaScript in the page (allowed even when page scripts are off) and returns its result. */
    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Waits until the condition gives a value that is neither null nor false, and returns it; fails after 10 s. */
    /**
     * Waits until {@code element} has left the page, as when a form's post loads the page anew. ChromeDriver answers a
     * question about an element of a page being replaced either "stale" or, mid-navigation, with an inspector error:
     * both mean the element is gone.
     */
    public void waitUntilGone(String expectation, WebElement element) {
        waitUntil(expectation, d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** Signs {@code member} in through the real sign-in page, typing and clicking, and waits until the newsroom opens. */
    public void signIn(TestSite site, TestSite.Member member) {
        load(site.uri("/newsroom/sign-in/"));
        find("#email").sendKeys(member.account().email());
        find("#password").sendKeys(member.password());
        find("form[action='/newsroom/sign-in/'] button[type=submit]").click();
        waitUntil("the newsroom to let " + member.account().email() + " in",
                d -> !d.getCurrentUrl().contains("/sign-in/") && !d.findElements(By.cssSelector("form.sign-out")).isEmpty());
    }

    public <T> T waitUntil(String expectation, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).withMessage(expectation).until(condition);
    }

    /** Saves what the window shows as a PNG. */
    public void screenshot(Path png) {
        try {
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a profile left in the temp folder is harmless
            }
        }
    }
}
