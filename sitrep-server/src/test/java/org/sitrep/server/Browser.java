package org.sitrep.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium driven by the system chromedriver; absent binaries mean no browser (tests skip). */
final class Browser {
  private static final List<String> CHROMIUM = List.of("chromium", "chromium-browser", "google-chrome");

  private Browser() {}

  static Optional<Path> onPath(List<String> names) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(java.io.File.pathSeparator)).flatMap(dir -> names.stream().map(n -> Path.of(dir, n)))
        .filter(Files::isExecutable).findFirst();
  }

  static boolean available() {
    return onPath(CHROMIUM).isPresent() && onPath(List.of("chromedriver")).isPresent();
  }

  static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(onPath(CHROMIUM).orElseThrow().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--disable-gpu");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(onPath(List.of("chromedriver")).orElseThrow().toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  static WebDriverWait waitFor(ChromeDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Saves a PNG under target/screenshots/ for a person to look at; failures to save are not test failures. */
  static void screenshot(ChromeDriver driver, String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      System.err.println("[browser] screenshot " + name + " not saved: " + e.getMessage());
    }
  }
}
