package org.parallax.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one {@code @FuzzTest} method through JUnit in this JVM, which {@link FuzzBenchmark} starts
 * with {@code JAZZER_FUZZ=1} and libFuzzer's options as system properties. Prints each failure (a
 * finding) and exits with 1 when there was one. Arguments: the class and the method name.
 */
public final class FuzzRunner {
  private FuzzRunner() {}

  public static void main(String[] args) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectMethod(args[0] + "#" + args[1] + "(byte[])"))
            .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(request, summary);
    TestExecutionSummary result = summary.getSummary();
    for (TestExecutionSummary.Failure failure : result.getFailures()) {
      System.out.println("FINDING: " + failure.getException());
    }
    System.out.println(
        "FUZZ-RESULT started="
            + result.getTestsStartedCount()
            + " failed="
            + result.getTestsFailedCount());
    System.exit(result.getTotalFailureCount() == 0 && result.getTestsStartedCount() > 0 ? 0 : 1);
  }
}
