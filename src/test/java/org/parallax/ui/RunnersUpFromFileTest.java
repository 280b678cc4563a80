package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.store.ComparisonStore;
import org.parallax.ui.align.Partner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A comparison opened from a file offers runners-up too, without the reader aligning again. */
@ExtendWith(ApplicationExtension.class)
class RunnersUpFromFileTest {
  private TestWindow window;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
  }

  @Test
  void aClaimNoLinkJoinsShowsItsRunnersUpOnceTheFileIsOpen(FxRobot robot) throws Exception {
    Path file = window.folder.resolve("corridor" + ComparisonStore.EXTENSION);
    try (InputStream in =
        ComparisonStore.class.getResourceAsStream("fixtures/v1.3-corridor.parallax.json")) {
      Files.copy(in, file);
    }
    window.nextChosenFile.set(file);
    robot.clickOn("#tool-open");
    FxWait.until(() -> window.viewModel.alignment().comparisonProperty().get() != null);
    Comparison opened = window.viewModel.alignment().comparisonProperty().get();
    // B2, "The blockade ended only after the offensive.", is in no link of the file.
    Claim unlinked = opened.claim("B2").orElseThrow();
    assertThat(opened.links()).noneMatch(l -> l.bClaims().contains("B2"));

    FxWait.until(
        () -> {
          robot.interact(() -> window.viewModel.alignment().select(unlinked));
          return FxWait.onFx(() -> !window.viewModel.alignment().partners().isEmpty());
        });

    List<Partner> shown = FxWait.onFx(() -> List.copyOf(window.viewModel.alignment().partners()));
    assertThat(shown).hasSizeBetween(1, 3).allMatch(Partner::runnerUp);
    assertThat(shown).allMatch(p -> p.claim().side() == Side.A);
    // Finding them is no edit: the file stays as it was opened.
    assertThat(window.viewModel.alignment().comparisonProperty().get()).isSameAs(opened);
  }
}
