package org.parallax.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever a reader throws, errors included (a stack overflow in a PDF library, memory running
 * out), reaches the failure handler on the UI side, and the worker goes on to the next job.
 */
class BackgroundRunnerTest {
  private final ExecutorService worker = Executors.newSingleThreadExecutor();
  private final BlockingQueue<Object> handed = new ArrayBlockingQueue<>(4);
  private final BackgroundRunner runner = new BackgroundRunner(worker, Runnable::run);

  @AfterEach
  void stop() {
    worker.shutdownNow();
  }

  private Object next() throws InterruptedException {
    Object value = handed.poll(30, TimeUnit.SECONDS);
    assertThat(value).as("something handed back").isNotNull();
    return value;
  }

  @Test
  void aStackOverflowBecomesAFailureAndTheWorkerRunsTheNextJob() throws Exception {
    runner.run(BackgroundRunnerTest::recurse, handed::add, handed::add);
    assertThat(next()).isInstanceOf(StackOverflowError.class);

    runner.run(() -> "next", handed::add, handed::add);
    assertThat(next()).isEqualTo("next");
  }

  @Test
  void runningOutOfMemoryBecomesAFailure() throws Exception {
    runner.run(
        () -> {
          throw new OutOfMemoryError("Java heap space");
        },
        handed::add,
        handed::add);

    assertThat(next()).isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void anyOtherErrorBecomesAFailure() throws Exception {
    runner.run(
        () -> {
          throw new NoClassDefFoundError("org/apache/pdfbox/Something");
        },
        handed::add,
        handed::add);

    assertThat(next()).isInstanceOf(NoClassDefFoundError.class);
  }

  private static int recurse() {
    return recurse() + 1;
  }
}
