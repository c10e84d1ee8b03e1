package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The UI in headless Chromium over the real server and the test store; skipped without a browser. */
class BrowserTest extends DefaultServer {
  private static ChromeDriver driver;

  @BeforeAll
  static void browser() {
    Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are not on PATH");
    driver = Browser.start();
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + t.server.port() + path;
  }

  private static List<WebElement> loadMap() {
    driver.get(url("/"));
    Browser.waitFor(driver).until(d -> d.findElement(By.tagName("body")).getAttribute("data-markers") != null);
    return driver.findElements(By.cssSelector("#events li"));
  }

  @Test
  void markersAppearAndATypeFilterShrinksTheList() {
    int all = loadMap().size();
    assertTrue(driver.findElements(By.cssSelector("#map circle.marker")).size() > 0);
    assertEquals(t.events.size(), all);
    Browser.screenshot(driver, "map");
    new Select(driver.findElement(By.name("type"))).selectByValue("battle");
    driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
    Browser.waitFor(driver).until(d -> d.findElements(By.cssSelector("#events li")).size() < all);
    List<WebElement> battles = driver.findElements(By.cssSelector("#events li"));
    assertFalse(battles.isEmpty());
    battles.forEach(li -> assertTrue(li.getText().startsWith("battle"), li.getText()));
  }

  @Test
  void anOpenedEventMarksItsEvidenceSentence() throws Exception {
    WebElement first = loadMap().get(0);
    String id = first.getAttribute("data-id");
    first.click();
    WebElement mark = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#detail mark")));
    String evidence = TestServer.json(t.get("/api/events/" + id)).get("event").get("evidence").get(0).get("text").asText();
    assertEquals(evidence, mark.getText());
    Browser.screenshot(driver, "detail");
  }

  @Test
  void brushingTheTimelineNarrowsTheList() {
    int all = loadMap().size();
    WebElement timeline = driver.findElement(By.id("timeline"));
    int width = timeline.getSize().getWidth();
    new Actions(driver).moveToElement(timeline, -40, 0).clickAndHold().moveByOffset(width / 2 - 10, 0)
        .release().perform();
    Browser.waitFor(driver).until(d -> d.findElement(By.id("count")).getText().contains(" in "));
    int brushed = driver.findElements(By.cssSelector("#events li")).size();
    assertTrue(brushed > 0 && brushed < all, brushed + " of " + all);
    assertTrue(driver.findElement(By.id("report-link")).getAttribute("href").contains("since="));
    Browser.screenshot(driver, "brushed");
  }

  @Test
  void theSituationReportHasCitationsLinkingToEvents() {
    driver.get(url("/sitrep.html"));
    Browser.waitFor(driver).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    List<WebElement> citations = driver.findElements(By.cssSelector("#citations li"));
    assertFalse(citations.isEmpty());
    assertEquals(citations.size(), driver.findElements(By.cssSelector("a.cite")).size());
    assertTrue(citations.get(0).findElement(By.tagName("a")).getAttribute("href").contains("index.html#event="));
    Browser.screenshot(driver, "sitrep");
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    WebElement first = citations.get(0);
    String quoted = first.findElement(By.tagName("q")).getText();
    first.findElement(By.tagName("a")).click();
    WebElement mark = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#detail mark")));
    assertEquals(quoted, mark.getText());
  }

  @Test
  void markupInAnArticleShowsAsTextAndRunsNothing() {
    loadMap().stream().filter(li -> li.getAttribute("data-id").startsWith("ev-hostile-")).findFirst().orElseThrow().click();
    WebElement text = Browser.waitFor(driver)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#detail .article-text")));
    assertTrue(text.getText().contains("<script>alert('x')</script>"), text.getText());
    assertTrue(text.getText().contains("<img src=x onerror=alert(1)>"), text.getText());
    assertTrue(driver.findElements(By.cssSelector("#detail img, #detail script, #detail a[href^=javascript]")).isEmpty());
    Browser.screenshot(driver, "hostile");
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
  }

  @Test
  void theActorFilterKeepsOnlyThatActorsEvents() {
    int all = loadMap().size();
    long russian = t.events.stream().filter(e -> e.actor().name().contains("Russia")).count();
    driver.findElement(By.name("actor")).sendKeys("russ");
    driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
    Browser.waitFor(driver).until(d -> d.findElements(By.cssSelector("#events li")).size() < all);
    List<WebElement> items = driver.findElements(By.cssSelector("#events li"));
    assertEquals(russian, items.size());
    items.forEach(li -> assertTrue(li.getText().contains("Russia"), li.getText()));
  }

  @Test
  void theNetworkDrawsTheStoredBackingTie() throws Exception {
    loadMap();
    WebElement network = driver.findElement(By.id("network"));
    com.fasterxml.jackson.databind.JsonNode relation = TestServer.json(t.get("/api/relations")).get("relations").get(0);
    List<WebElement> ties = network.findElements(By.cssSelector("line.tie[data-kind=" + relation.get("relation").asText() + "]"));
    assertEquals(1, ties.size());
    List<String> actors = network.findElements(By.cssSelector("g.actor")).stream().map(g -> g.getAttribute("data-name")).toList();
    assertTrue(actors.contains(relation.get("subject").get("name").asText()), actors.toString());
    assertTrue(actors.contains(relation.get("object").get("name").asText()), actors.toString());
    Browser.screenshot(driver, "network");
  }

  @Test
  void anOpenedEventShowsTheControlChangesOfItsPlace() {
    loadMap().stream().filter(li -> li.getText().startsWith("territory captured")).findFirst().orElseThrow().click();
    WebElement control = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#detail #control")));
    assertTrue(control.getText().startsWith("Control of Homs"), control.getText());
    assertFalse(control.findElements(By.cssSelector("li")).isEmpty(), control.getText());
    assertFalse(driver.findElements(By.cssSelector("#detail #cluster-sources")).isEmpty());
  }
}
