package io.github.socialstrategy.core.render.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens every page of the sample site in the system's headless Chromium, from {@code file://} as a reader
 * would: no page may log an error to the console, and every image (the SVG charts) must load. Saves
 * full-page screenshots of the dashboard, traceability and results pages, light and dark, to
 * {@code target/screenshots/} for a person to look at.
 *
 * <p>Uses Debian's {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs them. Nothing is
 * downloaded: the driver is given to Selenium explicitly, so Selenium Manager never runs, and the browser
 * resolves no host names. Without the browser the test is skipped, except on CI ({@code CI} set), where it
 * fails.
 */
class BrowserTest {

  private static final Path CHROMIUM = Path.of(System.getProperty("quality.chromium", "/usr/lib/chromium/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("quality.chromedriver", "/usr/bin/chromedriver"));

  /** Selenium warns that it has no CDP bindings for this Chromium; the test uses none (raw CDP commands only). */
  private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private static Path site;
  private static Path screenshots;
  private static Path profile;
  private static ChromeDriverService service;
  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws Exception {
    requireBrowser();
    site = SampleSite.directory();
    Path target = SampleSite.targetDirectory();
    screenshots = Files.createDirectories(target.resolve("screenshots"));
    profile = Files.createTempDirectory(target, "chromium-profile-");

    // The driver is named here, so Selenium never asks Selenium Manager (which could download one).
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogFile(screenshots.resolve("chromedriver.log").toFile())
        .build();

    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--force-device-scale-factor=1",
        "--window-size=1280,900",
        // No host resolves: a page that tried to reach the network would fail loudly here.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
        "--user-data-dir=" + profile);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);

    CDP_VERSION_LOG.setLevel(Level.SEVERE);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
  }

  /** Skips the test without a browser, or fails it on CI, where {@code .ci/run} must have installed one. */
  private static void requireBrowser() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(CHROMIUM)) {
      missing.add("Chromium (" + CHROMIUM + ")");
    }
    if (!Files.isExecutable(CHROMEDRIVER)) {
      missing.add("chromedriver (" + CHROMEDRIVER + ")");
    }
    if (missing.isEmpty()) {
      return;
    }
    String message = String.join(" and ", missing) + " not installed; install them with "
        + "`apt-get install -y --no-install-recommends chromium chromium-driver` (.ci/run does this on CI)";
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank()) {
      fail("CI is set, so the browser test must run: " + message);
    }
    Assumptions.abort("browser test skipped: " + message);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (service != null) {
        service.stop();
      }
      if (profile != null) {
        try (Stream<Path> files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  @Test
  void everyPageLoadsWithoutConsoleErrorsAndAllImagesLoad() {
    List<Path> pages = SampleSite.files(site, ".html");
    assertThat(pages).isNotEmpty();
    List<String> problems = new ArrayList<>();
    int images = 0;
    for (Path page : pages) {
      images += check(site.resolve(page), page.toString().replace('\\', '/'), problems);
    }
    System.out.printf("Chromium: %d pages, %d images, %d problems%n", pages.size(), images, problems.size());
    assertThat(images).as("images in the sample site (its charts)").isPositive();
    assertThat(problems)
        .withFailMessage("pages with console errors or images that did not load:%n%s%n",
            String.join(System.lineSeparator(), problems))
        .isEmpty();
  }

  /** The check above must catch what it claims to: a page made here with a missing image and a script error. */
  @Test
  void theCheckCatchesBrokenImagesScriptErrorsAndNetworkAccess(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ok.svg"),
        "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='10' height='10'/></svg>");
    Files.writeString(dir.resolve("broken.html"), """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>broken</title></head><body>
        <img src="ok.svg" alt="fine"> <img src="missing.svg" alt="gone"> <img src="http://example.org/x.png" alt="remote">
        <script>throw new Error("boom");</script>
        </body></html>
        """);
    List<String> problems = new ArrayList<>();
    int images = check(dir.resolve("broken.html"), "broken.html", problems);
    String all = String.join("\n", problems);
    assertThat(images).isEqualTo(3);
    assertThat(all).contains("image did not load: missing.svg", "image did not load: http://example.org/x.png", "boom");
    assertThat(all).doesNotContain("image did not load: ok.svg");
  }

  /** Opens one page, loads all its images, and adds what went wrong; returns the number of images. */
  private static int check(Path file, String name, List<String> problems) {
    driver.manage().logs().get(LogType.BROWSER); // drops what earlier pages logged
    driver.get(file.toUri().toString());
    // Lazy images below the fold would not load in a headless window: load them all, then wait.
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> imgs = (List<Map<String, Object>>) driver.executeAsyncScript(LOAD_ALL_IMAGES);
    for (Map<String, Object> img : imgs) {
      long width = ((Number) img.get("width")).longValue();
      long height = ((Number) img.get("height")).longValue();
      if (!Boolean.TRUE.equals(img.get("complete")) || width <= 0 || height <= 0) {
        problems.add(name + ": image did not load: " + img.get("src") + " (natural size " + width + "x" + height + ")");
      }
    }
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        problems.add(name + ": console " + entry.getLevel() + ": " + entry.getMessage());
      }
    }
    return imgs.size();
  }

  /** Makes every image load now (not lazily) and reports, once all have settled, whether each loaded. */
  private static final String LOAD_ALL_IMAGES = """
      const done = arguments[arguments.length - 1];
      const imgs = Array.from(document.images);
      imgs.forEach(i => { i.loading = 'eager'; });
      Promise.all(imgs.map(i => i.decode().catch(() => null))).then(() => done(imgs.map(i => ({
        src: i.getAttribute('src'), complete: i.complete, width: i.naturalWidth, height: i.naturalHeight}))));
      """;

  /**
   * Every table stays readable at a laptop's 1280 px and a phone's 390 px: the page itself never scrolls
   * sideways; a table wider than its column scrolls inside its own box; and at 1280 px the KPI tables fit.
   */
  @Test
  void tablesStayReadableAt1280And390Pixels() {
    List<String> pages = List.of("index.html", "coverage.html", "traceability.html", "schedule.html", "results.html", "review.html",
        "diagnostics.html", "objectives/grow-online-revenue.html", "campaigns/fjellrygg-relaunch.html", "channels/instagram.html",
        "metrics/conversion-rate.html", "activities/weekly-trail-video.html");
    List<String> problems = new ArrayList<>();
    try {
      for (int width : new int[] {1280, 390}) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
        for (String page : pages) {
          driver.get(site.resolve(page).toUri().toString());
          @SuppressWarnings("unchecked")
          List<String> found = (List<String>) driver.executeScript(TABLE_CHECK, width >= 1280);
          found.forEach(f -> problems.add(width + "px " + page + ": " + f));
        }
        driver.get(site.resolve("review.html").toUri().toString());
        driver.executeAsyncScript(LOAD_ALL_IMAGES);
      }
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
    assertThat(problems).withFailMessage("tables that do not fit:%n%s", String.join(System.lineSeparator(), problems)).isEmpty();
  }

  /** Lists what does not fit: the page wider than the window, a table wider than its box without a scroll box. */
  private static final String TABLE_CHECK = """
      const wide = arguments[0];
      const out = [];
      const doc = document.documentElement;
      if (doc.scrollWidth > window.innerWidth + 1) out.push('the page scrolls sideways: ' + doc.scrollWidth + ' > ' + window.innerWidth);
      for (const t of document.querySelectorAll('main table')) {
        const box = t.closest('.table-wrap, .matrix-wrap');
        const name = t.className || (t.querySelector('caption') ? t.querySelector('caption').textContent : 'table');
        if (!box) {
          if (t.offsetWidth > t.parentElement.clientWidth + 1) out.push(name + ' overflows and has no scroll box');
          continue;
        }
        if (getComputedStyle(box).overflowX !== 'auto' && getComputedStyle(box).overflow !== 'auto' && t.scrollWidth > box.clientWidth + 1) {
          out.push(name + ' overflows a box that does not scroll');
        }
        if (wide && t.classList.contains('kpis') && t.scrollWidth > box.clientWidth + 1) {
          out.push('KPI table needs ' + t.scrollWidth + ' px, has ' + box.clientWidth);
        }
      }
      return out;
      """;

  @Test
  void screenshotsOfTheMainPages() throws IOException {
    List<String> pages = List.of("index.html", "traceability.html", "results.html", "review.html");
    List<String> names = List.of("dashboard", "traceability", "results", "review");
    try {
      for (String scheme : List.of("light", "dark")) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        for (int i = 0; i < pages.size(); i++) {
          driver.get(site.resolve(pages.get(i)).toUri().toString());
          driver.executeAsyncScript(LOAD_ALL_IMAGES);
          String suffix = scheme.equals("light") ? "" : "-dark";
          Path png = screenshots.resolve(names.get(i) + suffix + ".png");
          Files.write(png, fullPageScreenshot());
          assertThat(png).isNotEmptyFile();
        }
      }
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
  }

  /** The whole page, not just the window: Chrome's own capture beyond the viewport. */
  @SuppressWarnings("unchecked")
  private static byte[] fullPageScreenshot() {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) size.get("width")).doubleValue();
    double height = ((Number) size.get("height")).doubleValue();
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png",
        "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }
}
