package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.files.Fifo;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Files that are not essays, opened over an aligned pair: a notice, and the pair stays. */
@ExtendWith(ApplicationExtension.class)
class HostileFilesWindowTest {
  private TestWindow window;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
  }

  private void opensWithANoticeAndLeavesThePair(FxRobot robot, Path file, String expected)
      throws Exception {
    window.openCounterpart(robot);
    Comparison before = window.viewModel.alignment().comparisonProperty().get();
    Document rightBefore = window.viewModel.side(Side.B).document();

    window.nextChosenFile.set(file);
    robot.clickOn("#tool-open");

    NoticeBar notifications = robot.lookup("#notifications").queryAs(NoticeBar.class);
    FxWait.until(
        () ->
            FxWait.onFx(
                () -> notifications.isShowing() && notifications.getText().contains(expected)));
    assertThat(notifications.getText()).doesNotContain("Exception");
    assertThat(window.viewModel.alignment().comparisonProperty().get()).isSameAs(before);
    assertThat(window.viewModel.side(Side.B).document()).isSameAs(rightBefore);
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNamedPipeAsTheCounterpartShowsANoticeAndLeavesTheComparison(FxRobot robot)
      throws Exception {
    Path pipe = Fifo.make(window.folder, "pipe.txt");

    opensWithANoticeAndLeavesThePair(robot, pipe, "named pipe");
  }

  @Test
  void anEssayWithABinaryTailAsTheCounterpartShowsANoticeAndLeavesTheComparison(FxRobot robot)
      throws Exception {
    byte[] text = "The convoy reached the bridge.\n\n".repeat(300).getBytes(StandardCharsets.UTF_8);
    byte[] garbage = new byte[50_000];
    new Random(3).nextBytes(garbage);
    byte[] both = java.util.Arrays.copyOf(text, text.length + garbage.length);
    System.arraycopy(garbage, 0, both, text.length, garbage.length);
    Path file = Files.write(window.folder.resolve("tail.txt"), both);

    opensWithANoticeAndLeavesThePair(robot, file, "binary data");
  }
}
