package org.sdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sdkg.Fixtures;

/**
 * The Fuseki UI of {@code sdkg serve}, driven in headless Debian chromium: open the query page, run
 * a query, read the result table. Recipe: ../shared/recipes/fuseki-ui-in-chromium.md.
 */
class FusekiUiBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Usable once the editor exists and the endpoint field has been filled in asynchronously. */
  private static final String READY =
      "var cm=document.querySelector('#yasqe .CodeMirror');"
          + " var ep=document.getElementById('sparql-endpoint');"
          + " return !!(cm && cm.CodeMirror && ep && ep.value);";

  @TempDir Path tmp;

  @Test
  void queryPage_runsAQueryAndShowsTheCooperationRows() throws Exception {
    requireChromium();
    Path store = Fixtures.createStore(tmp.resolve("store"));
    try (EmbeddedFuseki server =
        EmbeddedFuseki.start(ServeTesting.options(store, new Access.ReadOnly()))) {
      ChromeDriver browser = chromium(Files.createDirectories(tmp.resolve("profile")));
      try {
        browser.get(server.baseUrl() + "/#/dataset/sdkg/query");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(READY)));
        assertEquals("/sdkg/", browser.findElement(By.id("sparql-endpoint")).getAttribute("value"));

        browser.executeScript(
            "document.querySelector('#yasqe .CodeMirror').CodeMirror.setValue(arguments[0]);",
            Fixtures.query("cooperation-rows.rq").toString());
        browser.findElement(By.cssSelector("#yasqe .yasqe_queryButton")).click();
        By rows = By.cssSelector("#yasr .yasr_results table tbody tr");
        wait.until(ExpectedConditions.numberOfElementsToBe(rows, 2));

        List<WebElement> first = browser.findElements(rows).get(0).findElements(By.tagName("td"));
        assertEquals(
            List.of(
                "1",
                "China",
                "<https://w3id.org/sdkg/topic/malaria>",
                "China and Comoros have worked together on malaria."),
            first.stream().map(WebElement::getText).toList());
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void examplesPage_opensALibraryQueryInTheUiEditor() throws Exception {
    requireChromium();
    Path store = Fixtures.createStore(tmp.resolve("store"));
    try (EmbeddedFuseki server =
        EmbeddedFuseki.start(ServeTesting.options(store, new Access.ReadOnly()))) {
      ChromeDriver browser = chromium(Files.createDirectories(tmp.resolve("profile")));
      try {
        browser.get(server.baseUrl() + "/examples");
        WebElement link = browser.findElement(By.linkText("Partners of a country"));
        String href = link.getAttribute("href");
        String expected =
            URLDecoder.decode(href.substring(href.indexOf("?query=") + 7), StandardCharsets.UTF_8);

        link.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(READY)));
        wait.until(
            d ->
                expected.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.querySelector('#yasqe .CodeMirror').CodeMirror.getValue();")));

        assertTrue(expected.startsWith("# Partners of a country\n"), expected);
      } finally {
        browser.quit();
      }
    }
  }

  /** Skips outside CI when chromium is missing; in CI (.ci/run installs it) it must run. */
  private static void requireChromium() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(
          "CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; .ci/run installs them");
    }
    Assumptions.assumeTrue(
        present,
        "browser test skipped: "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " not installed (apt-get install chromium chromium-driver)");
  }

  private static ChromeDriver chromium(Path profile) {
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
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }
}
