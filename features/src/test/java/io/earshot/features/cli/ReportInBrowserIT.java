package io.earshot.features.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report as a QA engineer opens it: {@code earshot run} on a failing lossy call (its audio
 * recorded), the report served on 127.0.0.1 by {@code report --serve}'s server, and headless
 * Chromium on the failing scenario's page. The page must show the status, the timeline attachment
 * (with the outage above its effects), a chart that loads as an image, and, since the scenario has
 * audio, a player whose WAV clips Chromium decodes. The page's text and a screenshot land in {@code
 * target/browser-check/}.
 */
class ReportInBrowserIT {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("earshot.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER =
      Path.of(System.getProperty("earshot.chromedriver", "/usr/bin/chromedriver"));
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** The charts of the lossy listener's pair: level, quality, delay and latency, outage shaded. */
  private static final List<String> CHARTS =
      List.of(
          "played level",
          "reported MOS",
          "reported loss",
          "reported playout delay (jitter buffer + decode)",
          "measured latency");

  @Test
  void aFailingScenarioPageShowsStatusTimelineChartAndAudio(@TempDir Path featureDir)
      throws Exception {
    requireBrowser();
    Path out =
        Path.of(System.getProperty("earshot.browser.out", "target/browser-check")).toAbsolutePath();
    // The feature goes to a temporary folder: under target/ `earshot run features/` would find it.
    Path feature = OutcomesFeature.write(featureDir);
    EarshotCli.Outcome run =
        EarshotCli.run(
            "run",
            "--out",
            out.resolve("run").toString(),
            feature + ":" + OutcomesFeature.LOSSY_CALL_LINE);
    assertEquals(1, run.exit(), run.all());
    Path report = out.resolve("run/report");
    JsonNode failed = failedTestCase(report);
    boolean hasAudio = failed.toString().contains("\"audio/wav\"");
    try (StaticFileServer server = new StaticFileServer(report, 0)) {
      WebDriver browser = chromium(out.resolve("chromium-profile"));
      try {
        browser.get(server.uri() + "index.html#testresult/" + failed.path("uid").asText());
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(b -> b.findElement(By.tagName("body")).getText().contains("key figures"));
        String text = browser.findElement(By.tagName("body")).getText();
        assertTrue(text.contains(failed.path("name").asText()), text);
        assertTrue(text.contains("Failed"), "the status shows: " + text);
        assertTrue(
            text.contains("expected \"alice\" to receive onRoomStateChanged KICK_OUT"), text);

        WebElement timeline = open(browser, wait, "timeline: alice");
        wait.until(b -> timeline.getText().contains("comes back"));
        String lines = timeline.getText();
        assertTrue(
            lines.indexOf("network of \"alice\" goes down for 3 s")
                < lines.indexOf("network of \"alice\" comes back"),
            lines);

        for (String name : CHARTS) {
          WebElement chart = open(browser, wait, "chart: bob plays s1: " + name);
          WebElement image = wait.until(b -> chart.findElement(By.tagName("img")));
          wait.until(
              b -> ((Number) js(b, "return arguments[0].naturalWidth", image)).intValue() > 0);
          assertEquals(
              900L,
              ((Number) js(browser, "return arguments[0].naturalWidth", image)).longValue(),
              name);
        }

        assertTrue(hasAudio, "the scenario records audio, so its report must attach clips");
        assertTrue(text.contains("audio: bob played s1"), text);
        WebElement player = open(browser, wait, "audio player");
        WebElement frame = wait.until(b -> player.findElement(By.tagName("iframe")));
        browser.switchTo().frame(frame);
        List<WebElement> audio =
            wait.until(
                b -> {
                  List<WebElement> found = b.findElements(By.tagName("audio"));
                  return found.size() >= 2 ? found : null;
                });
        for (WebElement a : audio) {
          wait.until(b -> ((Number) js(b, "return arguments[0].readyState", a)).intValue() >= 1);
          double seconds = ((Number) js(browser, "return arguments[0].duration", a)).doubleValue();
          assertTrue(seconds > 1, "a clip Chromium decoded lasts " + seconds + " s");
        }
        browser.switchTo().defaultContent();
        Files.writeString(
            out.resolve("failing-scenario-page.txt"),
            browser.findElement(By.tagName("body")).getText());
        Files.write(
            out.resolve("failing-scenario-page.png"),
            ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      } finally {
        browser.quit();
      }
    }
  }

  /** Clicks the attachment row of that name open and returns the row. */
  private static WebElement open(WebDriver browser, WebDriverWait wait, String name) {
    By row =
        By.xpath(
            "//div[contains(@class,'attachment-row')][.//div[contains(@class,'attachment-row__name') and normalize-space(text())='"
                + name
                + "']]");
    WebElement element = wait.until(b -> b.findElement(row));
    js(browser, "arguments[0].scrollIntoView()", element);
    element.findElement(By.className("attachment-row__name")).click();
    WebElement preview =
        wait.until(b -> b.findElement(row).findElement(By.xpath("following-sibling::*[1]")));
    return preview;
  }

  private static Object js(WebDriver browser, String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static WebDriver chromium(Path profile) throws IOException {
    Files.createDirectories(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,2400",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static JsonNode failedTestCase(Path report) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(report.resolve("data/test-cases"))) {
      for (Path f : files.toList()) {
        JsonNode t = json.readTree(f.toFile());
        if ("failed".equals(t.path("status").asText())) {
          return t;
        }
      }
    }
    return fail("no failed test case in " + report.resolve("data/test-cases"));
  }

  private static void requireBrowser() {
    for (Path p : List.of(CHROMIUM, DRIVER)) {
      if (!Files.isExecutable(p)) {
        fail(
            "the browser check needs Chromium and its driver: expected an executable "
                + p
                + ", found none; install them with `apt-get install -y chromium chromium-driver`"
                + " (.ci/run does), or name them with -Dearshot.chromium=PATH -Dearshot.chromedriver=PATH");
      }
    }
  }

  static {
    new File("target").mkdirs();
  }
}
