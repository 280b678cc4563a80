package org.parallax.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.ui.FxWait;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A teacher opens the summary with F6 while tagging: the figures follow her tags, swap with the
 * sides, and a chart is saved as a PNG picture.
 */
@ExtendWith(ApplicationExtension.class)
class SummaryWindowTest {
  private TestWindow window;
  private MainViewModel viewModel;
  private Path west;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
    viewModel = window.viewModel;
    west = window.fixture("bridge-west.txt");
    window.nextChosenFile.set(window.fixture("counterpart.txt"));
  }

  @Test
  void theSummaryFollowsTheTagsSwapsWithTheSidesAndSavesAChart(FxRobot robot) throws Exception {
    robot.interact(() -> viewModel.openFile(Side.A, west));
    FxWait.until(() -> !viewModel.side(Side.A).isEmpty());
    robot.clickOn("#tool-open");
    FxWait.until(() -> comparison() != null);
    Link first = comparison().links().get(0);
    robot.interact(
        () -> {
          viewModel.tagging().edit(e -> c -> e.accept(c, first.id()));
          viewModel.tagging().edit(e -> c -> e.setRelation(c, first.id(), "contradict"));
        });

    robot.clickOn("#left-area");
    robot.type(KeyCode.F6);
    FxWait.until(() -> robot.lookup("#summary-relation-figures").tryQuery().isPresent());
    FxWait.until(() -> figures(robot, "#summary-relation-figures").contains("Contradict 1"));
    assertThat(figures(robot, "#summary-relation-figures")).contains("Agree 0");
    FxWait.until(() -> figures(robot, "#summary-coverage-a").contains(coverageWords(Side.A)));
    String coverageA = figures(robot, "#summary-coverage-a");
    String coverageB = figures(robot, "#summary-coverage-b");

    // Tagging in the main window shows in the summary at once.
    Link second = comparison().links().get(1);
    robot.interact(
        () -> {
          viewModel.tagging().edit(e -> c -> e.accept(c, second.id()));
          viewModel.tagging().edit(e -> c -> e.setRelation(c, second.id(), "agree"));
        });
    FxWait.until(() -> figures(robot, "#summary-relation-figures").contains("Agree 1"));
    FxWait.until(() -> figures(robot, "#summary-coverage-a").contains(coverageWords(Side.A)));
    assertThat(FxWait.onFx(() -> robot.lookup("#summary-strip-a").queryAs(LinkStrip.class).ticks()))
        .isEqualTo(2);

    // Swapping the sides swaps the sides' figures and nothing else.
    String relationsBefore = figures(robot, "#summary-relation-figures");
    String coverageANow = figures(robot, "#summary-coverage-a");
    String coverageBNow = figures(robot, "#summary-coverage-b");
    robot.interact(viewModel::swapSides);
    FxWait.until(() -> figures(robot, "#summary-coverage-a").equals(coverageBNow));
    assertThat(figures(robot, "#summary-coverage-b")).isEqualTo(coverageANow);
    assertThat(figures(robot, "#summary-relation-figures")).isEqualTo(relationsBefore);
    assertThat(coverageA).isNotEqualTo(coverageANow);
    assertThat(coverageB).isNotBlank();

    // The relations chart is saved as a picture of the part shown.
    Path png = window.folder.resolve("relations.png");
    window.nextImageTarget.set(png);
    robot.clickOn("#summary-save-relations");
    FxWait.until(() -> Files.exists(png));
    BufferedImage picture = ImageIO.read(png.toFile());
    double width =
        FxWait.onFx(
            () -> robot.lookup("#summary-part-relations").query().getBoundsInParent().getWidth());
    assertThat(picture.getWidth()).isEqualTo((int) Math.ceil(width));
    assertThat(picture.getHeight()).isGreaterThan(100);
  }

  /** "3 of 40 claims", worked out from the comparison's confirmed links. */
  private String coverageWords(Side side) {
    Comparison c = comparison();
    Set<String> matched = new HashSet<>();
    for (Link l : c.links()) {
      if (l.status() == LinkStatus.CONFIRMED) {
        matched.addAll(l.claims(side));
      }
    }
    return matched.size() + " of " + c.claims(side).size() + " claims";
  }

  private static String figures(FxRobot robot, String id) {
    return FxWait.onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
  }

  private Comparison comparison() {
    return viewModel.alignment().comparisonProperty().get();
  }
}
