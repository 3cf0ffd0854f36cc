package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.storydiff.cli.StorydiffCommand;

/**
 * The generated report in a real browser: the job runs on {@code sample-data/} plus two articles
 * whose every field carries script payloads, then headless Chromium opens the pages from disk
 * (file:// URLs, as an editor would), checks what they show, and proves by window-flag and DOM
 * probes that no payload ever runs. Screenshots and a PDF print go to {@code
 * target/report-screenshots/} for a person to look at.
 *
 * <p>Uses the system Chromium and its chromedriver ({@code apt-get install chromium
 * chromium-driver}; {@code .ci/run} installs them), never a downloaded one: the driver path is
 * given explicitly, so Selenium Manager is not consulted. Without them the class is skipped. Paths
 * can be overridden with {@code -Dstorydiff.chromium=...} and {@code -Dstorydiff.chromedriver=...}.
 */
class ReportInBrowserTest {

  private static final Path CHROMIUM =
      Path.of(System.getProperty("storydiff.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("storydiff.chromedriver", "/usr/bin/chromedriver"));

  /** Set by any payload that runs; the probes below read it back. */
  private static final String FLAG = "window.__pwned";

  /**
   * Installed before every page's own content: collects CSP violations, which never happen when
   * escaping holds.
   */
  private static final String PROBE =
      "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) {"
          + " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });";

  private static Path work;
  private static Path report;
  private static Path shots;
  private static Path profile;
  private static ChromeDriver browser;

  private static final String SKIPPED =
      "browser test skipped: "
          + CHROMIUM
          + " or "
          + CHROMEDRIVER
          + " is missing"
          + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)";

  @BeforeAll
  static void runJobAndStartBrowser() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      // Reported per test below: Surefire drops the reason of a class-level assumption.
      System.err.println("ReportInBrowserTest: " + SKIPPED);
      return;
    }
    Path build = buildDir();
    work = build.resolve("report-browser-test");
    shots = Files.createDirectories(build.resolve("report-screenshots"));
    Path hostile = Files.createDirectories(work).resolve("hostile.jsonl");
    Files.writeString(hostile, HostileArticles.jsonLines(), StandardCharsets.UTF_8);
    Path out = work.resolve("out");
    int code =
        StorydiffCommand.execute(
            "run",
            "--input",
            "sample-data",
            "--input",
            hostile.toString(),
            "--output",
            out.toString(),
            "--overwrite",
            "--master",
            "local[2]",
            "--conf",
            "spark.sql.shuffle.partitions=4");
    assertThat(code).as("storydiff run exit code").isZero();
    report = out.resolve("report");
    profile = Files.createTempDirectory(work, "chromium-profile-");
    browser = startBrowser(profile, work.resolve("chromedriver.log"));
  }

  @BeforeEach
  void needsTheBrowser() {
    assumeTrue(browser != null, SKIPPED);
  }

  @AfterAll
  static void quitBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void indexListsEveryMultiVersionStoryMostDisputedFirstWithRunTotals() throws IOException {
    open(report.resolve("index.html"));

    List<WebElement> rows = browser.findElements(By.cssSelector("table.stories tbody tr"));
    // The nine sample stories (six English; one each in French, German, Spanish) plus the injected
    // one.
    assertThat(rows).hasSize(10);
    List<Integer> changed =
        rows.stream()
            .map(r -> Integer.parseInt(r.findElements(By.cssSelector("td.n")).get(2).getText()))
            .toList();
    assertThat(changed).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    // Each story shows the share of its versions' text that is their own.
    assertThat(rows.get(0).findElement(By.cssSelector("td.own")).getText()).matches("\\d+%.*");
    String totals = browser.findElement(By.cssSelector("ul.totals")).getText();
    assertThat(totals)
        .contains("5 rejected")
        .contains("10 with several versions")
        .contains("single-version, not listed");
    assertThat(browser.findElement(By.cssSelector("table.stories")).getText())
        .contains("Ferry capsizes on Lake Orvana");
    screenshot("index");
  }

  @Test
  void filterBoxNarrowsTheListAndThePageIsCompleteWithoutScript() throws IOException {
    open(report.resolve("index.html"));
    WebElement box = browser.findElement(By.id("filter"));
    assertThat(box.isDisplayed()).isTrue();

    box.sendKeys("dunmere");

    assertThat(visibleStoryRows()).hasSize(1);
    assertThat(browser.findElement(By.id("filter-count")).getText())
        .isEqualTo("1 of 10 stories shown");
    screenshot("index-filtered");

    browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      open(report.resolve("index.html"));
      assertThat(browser.findElement(By.id("filter-box")).isDisplayed()).isFalse();
      assertThat(visibleStoryRows()).hasSize(10);
    } finally {
      browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  @Test
  void everyStoryPageRendersAllItsParts() throws IOException {
    for (StoryLink story : storyLinks()) {
      open(report.resolve(story.href()));

      assertThat(browser.getTitle()).as(story.href()).endsWith("· storydiff");
      assertThat(browser.findElements(By.cssSelector("table.versions thead th")))
          .hasSize(story.versions());
      assertThat(browser.findElements(By.cssSelector("table.versions tbody tr")).size())
          .isGreaterThan(3);
      assertThat(browser.findElements(By.cssSelector("article.panel"))).hasSize(story.versions());
      assertThat(browser.findElements(By.cssSelector("table.coverage thead th")))
          .hasSize(story.versions() + 1);
      assertThat(browser.findElements(By.cssSelector("mark.figure"))).isNotEmpty();
      assertThat(browser.findElements(By.cssSelector("td.cov"))).isNotEmpty();
      if (!story.headline().contains(HostileArticles.PLACE)) {
        // Every story of the sample data has a disputed figure or quote (planted), so these show.
        assertThat(browser.findElements(By.cssSelector("td.cov.different")))
            .as(story.href())
            .isNotEmpty();
      }
      assertThat(browser.findElements(By.cssSelector(".diff del, .diff ins"))).isNotEmpty();
      assertThat(brokenInPageLinks())
          .as("in-page links without a target on " + story.href())
          .isEmpty();
      // The style sheet passed the CSP: a highlighted figure has its background.
      assertThat(
              script(
                  "return getComputedStyle(document.querySelector('mark.figure')).backgroundColor"))
          .isNotEqualTo("rgba(0, 0, 0, 0)");
      screenshot(story.name());
    }
  }

  @Test
  void theFerryStoryShowsItsPlantedConflictsInTheTables() throws IOException {
    StoryLink ferry =
        storyLinks().stream()
            .filter(s -> s.headline().startsWith("Ferry capsizes"))
            .findFirst()
            .orElseThrow();
    open(report.resolve(ferry.href()));

    String conflicts = browser.findElement(By.cssSelector("table.conflicts")).getText();
    // Planted: Northwire 134 injured where the others say more than 130; Harbour Daily 40 killed.
    assertThat(conflicts)
        .contains("134")
        .contains("130")
        .contains("more than")
        .contains("40")
        .contains("35");
    String quotes = browser.findElement(By.cssSelector("table.quotes")).getText();
    // Planted: Agence Littorale gives the minister's quote to the governor.
    assertThat(quotes).contains("Matteo Arvik").contains("Ilse Varga");
    WebElement findingLink = browser.findElement(By.cssSelector("article.panel li a[href^='#']"));
    findingLink.click();
    String target = findingLink.getAttribute("href").replaceFirst("^[^#]*#", "");
    assertThat(script("return location.hash")).isEqualTo("#" + target);
    assertThat(
            script(
                "return document.querySelector(':target') && document.querySelector(':target').id"))
        .isEqualTo(target);
  }

  @Test
  void injectedPayloadsInEveryArticleFieldNeverExecute() throws IOException {
    StoryLink hostile =
        storyLinks().stream()
            .filter(s -> s.headline().contains(HostileArticles.PLACE))
            .findFirst()
            .orElseThrow();

    for (Path page : List.of(report.resolve("index.html"), report.resolve(hostile.href()))) {
      open(page);
      assertThat(browser.findElements(By.cssSelector("svg, img, iframe, object, embed, frame")))
          .as(page.toString())
          .isEmpty();
      assertThat(
              script(
                  "return Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes))"
                      + ".filter(a => a.name.startsWith('on') || a.name === 'autofocus' || a.name === 'srcdoc').length"))
          .as("event-handler attributes on " + page)
          .isEqualTo(0L);
      assertThat(
              script(
                  "return Array.from(document.links).map(a => a.protocol).filter(p => p !== 'file:' && p !== 'https:' && p !== 'http:')"))
          .as("links with another scheme")
          .isEqualTo(List.of());
    }
    // The payloads are shown as text, where editors can see them. Well-formed markup in bodies and
    // titles is blanked at ingest (MarkupBlanker), so there only the unclosed tag is left to
    // escape.
    String text = browser.findElement(By.tagName("body")).getText();
    assertThat(text)
        .contains(HostileArticles.BODY_UNCLOSED_TAG)
        .contains(HostileArticles.SOURCE_IMG)
        .contains(HostileArticles.ID_SVG)
        .doesNotContain(HostileArticles.BODY_SCRIPT);
    assertThat(browser.getTitle()).contains("<img src=x onerror=").doesNotContain("alert('title')");
    // A javascript: url is shown, not linked.
    assertThat(text).contains(HostileArticles.JS_URL);
    List<WebElement> urlLinks = browser.findElements(By.cssSelector("table.versions th .url a"));
    assertThat(urlLinks).hasSize(1);
    assertThat(urlLinks.get(0).getDomProperty("href")).startsWith("https://example.org/torsk?q=");
    screenshot("injected-story");
  }

  @Test
  void policyBlocksInlineScriptEvenIfEscapingEverFailed() throws IOException {
    Path page = work.resolve("csp-probe.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\""
            + ContentPolicy.STORY_PAGE
            + "\"></head><body><script>"
            + FLAG
            + " = 'unescaped';</script>"
            + "<img src=x onerror=\""
            + FLAG
            + " = 'handler'\"></body></html>",
        StandardCharsets.UTF_8);

    browser.get(page.toUri().toString());

    assertThat(script("return typeof " + FLAG)).isEqualTo("undefined");
    assertThat(cspViolations()).isNotEmpty();
  }

  @Test
  void printLayoutDropsNavigationAndKeepsTheTables() throws IOException {
    StoryLink ferry =
        storyLinks().stream()
            .filter(s -> s.headline().startsWith("Ferry capsizes"))
            .findFirst()
            .orElseThrow();
    open(report.resolve(ferry.href()));
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(script("return getComputedStyle(document.querySelector('nav.nav')).display"))
          .isEqualTo("none");
      assertThat(
              script(
                  "return getComputedStyle(document.querySelector('table.versions thead th')).position"))
          .isEqualTo("static");
      screenshot("ferry-print-media");
      Map<String, Object> pdf =
          browser.executeCdpCommand(
              "Page.printToPDF",
              Map.of("landscape", true, "printBackground", true, "preferCSSPageSize", true));
      byte[] bytes = java.util.Base64.getDecoder().decode((String) pdf.get("data"));
      assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      Files.write(shots.resolve("ferry-print.pdf"), bytes);
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /** A story as listed on the index. */
  private record StoryLink(String href, String headline, int versions) {
    String name() {
      return href.replaceFirst("^stories/", "").replaceFirst("\\.html$", "");
    }
  }

  private static List<StoryLink> storyLinks() {
    open(report.resolve("index.html"));
    List<StoryLink> out = new ArrayList<>();
    for (WebElement row : browser.findElements(By.cssSelector("table.stories tbody tr"))) {
      WebElement link = row.findElement(By.cssSelector("th a"));
      int versions = Integer.parseInt(row.findElements(By.cssSelector("td.n")).get(0).getText());
      out.add(new StoryLink(link.getDomAttribute("href"), link.getText(), versions));
    }
    return out;
  }

  /**
   * Loads a page and checks what must hold on every page: no alert opened, no payload flag set and
   * no CSP violation (so neither an injected script nor our own style or filter script was
   * blocked).
   */
  private static void open(Path page) {
    browser.get(page.toUri().toString());
    assertThatThrownBy(() -> browser.switchTo().alert())
        .as("an alert opened on " + page)
        .isInstanceOf(NoAlertPresentException.class);
    assertThat(script("return typeof " + FLAG))
        .as("payload flag on " + page)
        .isEqualTo("undefined");
    assertThat(cspViolations()).as("CSP violations on " + page).isEmpty();
  }

  private static Object script(String js) {
    return browser.executeScript(js);
  }

  @SuppressWarnings("unchecked")
  private static List<String> cspViolations() {
    return (List<String>) script("return window.__csp || ['probe missing']");
  }

  private static List<WebElement> visibleStoryRows() {
    return browser.findElements(By.cssSelector("table.stories tbody tr")).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> brokenInPageLinks() {
    return (List<String>)
        script(
            "return Array.from(document.querySelectorAll('a[href^=\"#\"]')).map(a => a.getAttribute('href'))"
                + ".filter(h => !document.getElementById(decodeURIComponent(h.slice(1))))");
  }

  /** The whole page, not just the window, as a PNG under target/report-screenshots/. */
  @SuppressWarnings("unchecked")
  private static void screenshot(String name) throws IOException {
    Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) size.get("width")).doubleValue();
    double height = Math.min(((Number) size.get("height")).doubleValue(), 16_000);
    Map<String, Object> clip =
        new LinkedHashMap<>(Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1));
    Map<String, Object> shot =
        browser.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Files.write(
        shots.resolve(name + ".png"),
        java.util.Base64.getDecoder().decode((String) shot.get("data")));
  }

  private static ChromeDriver startBrowser(Path profile, Path driverLog) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(driverLog.toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=1440,900");
    // A payload's alert must stay open for the probe to see it, not be dismissed silently.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
    return driver;
  }

  /** target/ (or wherever -Dstorydiff.build.dir put it): the parent of test-classes/. */
  private static Path buildDir() throws Exception {
    return Path.of(
            ReportInBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getParent();
  }

  /** Two versions of one made-up story whose every field tries to run script. */
  static final class HostileArticles {

    /** Where the made-up story happens; its headline names it. */
    static final String PLACE = "Torsk";

    static final String BODY_SCRIPT = "<script>window.__pwned='body'</script>";

    /**
     * No closing '>' anywhere after it in the body: not a tag ingest would blank, but one a browser
     * would open.
     */
    static final String BODY_UNCLOSED_TAG = "<img src=x onerror=\"window.__pwned='body2'\" alt=";

    static final String SOURCE_IMG = "<img src=x onerror=\"window.__pwned='source'\">";
    static final String ID_SVG = "\"><svg onload=\"window.__pwned='id'\">";
    static final String JS_URL = "javascript:window.__pwned='url'";

    private HostileArticles() {}

    static String jsonLines() throws IOException {
      ObjectMapper json = new ObjectMapper();
      Map<String, String> a = new LinkedHashMap<>();
      a.put("id", "torsk-a" + ID_SVG);
      a.put("source", "Wire " + SOURCE_IMG);
      a.put(
          "title",
          "<script>alert('title')</script> Landslide closes the Torsk pass <img src=x onerror=\"window.__pwned='title'\" alt=");
      a.put("published", "2026-12-02T08:00:00Z");
      a.put("url", JS_URL);
      a.put("language", "en");
      a.put(
          "body",
          String.join(
              "\n\n",
              "A landslide buried 300 metres of the Torsk mountain road on Tuesday, stranding at least 40 vehicles, police said.",
              "\"The slope gave way in seconds "
                  + BODY_SCRIPT
                  + " and nobody could move,\" said road engineer Lena Brandt.",
              "Crews expect to reopen the Torsk pass within five days, the regional road agency said "
                  + BODY_UNCLOSED_TAG
                  + ".",
              "About 120 travellers spent the night in the Torsk community hall <img src=x onerror=alert('body')>."));
      Map<String, String> b = new LinkedHashMap<>();
      b.put("id", "torsk-b'><img src=x onerror=alert('id')>");
      b.put("source", "Desk \"><svg onload=alert('source')>");
      b.put(
          "title",
          "Torsk pass shut by landslide\"><iframe srcdoc=\"<script>parent.__pwned='title'</script>\">");
      b.put("published", "2026-12-02T09:30:00Z");
      b.put("url", "https://example.org/torsk?q=\"><script>alert('url')</script>");
      b.put("language", "en\" onfocus=\"window.__pwned='lang'\" autofocus x=\"");
      b.put(
          "body",
          String.join(
              "\n\n",
              "A landslide buried the Torsk mountain road on Tuesday, stranding 52 vehicles, police said.",
              "\"The slope gave way in seconds and nobody could move,\" road engineer Lena Brandt said.",
              "Crews expect to reopen the Torsk pass </td><script>alert('p')</script> within a week, the road agency said {{headline}}."));
      return json.writeValueAsString(a) + "\n" + json.writeValueAsString(b) + "\n";
    }
  }
}
