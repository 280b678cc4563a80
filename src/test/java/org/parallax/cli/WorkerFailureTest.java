package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WorkerFailureTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final Thread worker = new Thread(() -> {}, "ForkJoinPool.commonPool-worker-1");

  @Test
  void aWorkerThatRunsOutOfMemoryPrintsNothingBesideTheCommandsOwnLine() {
    ParallaxCommand.quietOutOfMemory(err)
        .uncaughtException(worker, new OutOfMemoryError("Java heap space"));

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void anyOtherFailureOfAWorkerIsStillPrintedWithItsThread() {
    ParallaxCommand.quietOutOfMemory(err)
        .uncaughtException(worker, new IllegalStateException("broken"));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith(
            "Exception in thread \"ForkJoinPool.commonPool-worker-1\""
                + " java.lang.IllegalStateException: broken");
  }
}
