package org.parallax.export;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests, driven through the chromedriver installed beside it
 * (Debian's {@code chromium} and {@code chromium-driver}; Google Chrome with its chromedriver does
 * as well). Selenium is given both paths, so it never runs Selenium Manager or downloads a driver,
 * and Chromium is started with everything that would reach the network switched off. Without
 * Chromium or its driver a test is skipped, saying what is missing and how to install it; with
 * {@code CI=true} it fails instead.
 */
final class Chromium {
  private static final List<String> BROWSERS =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
  private static final List<String> DRIVERS = List.of("chromedriver");

  /** Where Chrome is installed on macOS and Windows when it is not on the PATH. */
  private static final List<String> USUAL_BROWSERS =
      List.of(
          "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
          "/Applications/Chromium.app/Contents/MacOS/Chromium",
          "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe");

  /** Selenium's warnings (such as no DevTools version matching the browser) are not the test's. */
  private static final Logger QUIET = Logger.getLogger("org.openqa.selenium");

  private static boolean told;

  private Chromium() {}

  /** A new headless browser; skips (fails on CI) when Chromium or chromedriver is missing. */
  static ChromeDriver start() {
    Optional<Path> browser = find("chromium.binary", BROWSERS, USUAL_BROWSERS);
    Optional<Path> driver = find("webdriver.chrome.driver", DRIVERS, List.of());
    List<String> missing = new ArrayList<>();
    browser.ifPresentOrElse(p -> {}, () -> missing.add("Chromium (or Chrome)"));
    driver.ifPresentOrElse(p -> {}, () -> missing.add("its driver (chromedriver)"));
    if (!missing.isEmpty()) {
      String message =
          "Browser test skipped: "
              + String.join(" and ", missing)
              + " not found (looked on the PATH and where Chrome installs). Install them with"
              + " `sudo apt-get install chromium chromium-driver` (Debian/Ubuntu), or give their"
              + " paths with -Dchromium.binary=… -Dwebdriver.chrome.driver=…";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message.replace("skipped", "cannot run on CI"));
      }
      if (!told) {
        System.err.println(message);
        told = true;
      }
      Assumptions.abort(message);
    }
    QUIET.setLevel(Level.SEVERE);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.get().toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get().toFile());
    options.addArguments(
        "--headless=new",
        "--disable-gpu",
        "--window-size=1280,900",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-domain-reliability",
        "--disable-client-side-phishing-detection",
        "--disable-breakpad",
        "--metrics-recording-only",
        "--no-pings",
        "--password-store=basic",
        "--use-mock-keychain",
        "--disable-features=OptimizationHints,Translate,MediaRouter,AutofillServerCommunication,"
            + "CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions",
        "--disable-dev-shm-usage",
        // no name is looked up: anything Chromium would still fetch by itself fails at once
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
    if (isRoot()) {
      options.addArguments("--no-sandbox");
    }
    return new ChromeDriver(service, options);
  }

  /**
   * The file the system property names, else the first of {@code names} on the PATH (with {@code
   * .exe} on Windows), in the folder the environment variable {@code CHROMEWEBDRIVER} names (set on
   * GitHub's runners) or at one of the {@code usual} places.
   */
  private static Optional<Path> find(String property, List<String> names, List<String> usual) {
    String given = System.getProperty(property, "");
    if (!given.isBlank()) {
      return Optional.of(Path.of(given)).filter(Files::isExecutable);
    }
    List<String> dirs = new ArrayList<>();
    dirs.addAll(
        List.of(Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator)));
    Optional.ofNullable(System.getenv("CHROMEWEBDRIVER")).ifPresent(dirs::add);
    String exe = File.separatorChar == '\\' ? ".exe" : "";
    return Stream.concat(
            names.stream()
                .flatMap(
                    name ->
                        dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, name + exe))),
            usual.stream().map(Path::of))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
