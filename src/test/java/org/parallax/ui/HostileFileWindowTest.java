package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ingest.PdfBytes;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.ui.support.Notice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A PDF made to crash a reader, opened as the counterpart of an aligned pair: the window says what
 * was wrong in its notice band and keeps the comparison on screen as it was.
 */
@ExtendWith(ApplicationExtension.class)
class HostileFileWindowTest {
  private static final String LINE = "The convoy reached the capital after the blockade ended.";

  private TestWindow window;
  private MainViewModel viewModel;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
    viewModel = window.viewModel;
  }

  @BeforeEach
  void openTheCounterpart(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
  }

  @Test
  void aPdfNestedPastTheStackGivesANoticeAndLeavesTheComparison(FxRobot robot) throws Exception {
    String nested = "[".repeat(60_000) + "]".repeat(60_000);
    byte[] pdf =
        PdfBytes.pages(
            PdfBytes.stream("", PdfBytes.latin1(PdfBytes.showing(LINE) + nested + " pop\n")));

    opensAndIsRefused(robot, "nested.pdf", pdf, "nested too deeply");
  }

  @Test
  void aCompressionBombGivesANoticeAndLeavesTheComparison(FxRobot robot) throws Exception {
    byte[] zeros = new byte[70 * 1024 * 1024];
    byte[] pdf = PdfBytes.pages(PdfBytes.stream("/Filter /FlateDecode", PdfBytes.deflate(zeros)));

    opensAndIsRefused(robot, "bomb.pdf", pdf, "unpacks to more than 64 MB");
  }

  private void opensAndIsRefused(FxRobot robot, String name, byte[] pdf, String why)
      throws Exception {
    Comparison before = viewModel.alignment().comparisonProperty().get();
    String counterpart = viewModel.side(Side.B).document().text();
    Path file = Files.write(window.folder.resolve(name), pdf);
    window.nextChosenFile.set(file);

    robot.clickOn("#tool-open");

    FxWait.until(
        () -> {
          Notice notice = viewModel.noticeProperty().get();
          return notice != null && notice.error() && notice.text().contains(name);
        });
    assertThat(viewModel.noticeProperty().get().text()).contains(why);
    assertThat(robot.lookup("#notifications .label").queryAllAs(Label.class))
        .anyMatch(label -> label.getText().contains(why));
    assertThat(viewModel.alignment().comparisonProperty().get()).isSameAs(before);
    assertThat(viewModel.side(Side.B).document().text()).isEqualTo(counterpart);
  }
}
