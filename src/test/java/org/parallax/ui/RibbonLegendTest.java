package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.ui.reading.RelationPalette;
import org.parallax.ui.reading.RibbonGutter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RibbonLegendTest {
  private TestWindow window;
  private MainViewModel viewModel;

  @Start
  void start(Stage stage) throws Exception {
    window = new TestWindow(stage);
    viewModel = window.viewModel;
  }

  @BeforeEach
  void openTheCounterpart(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
  }

  @Test
  void theLegendShowsEveryRelationInItsCodebookColourAndTheLineStyles(FxRobot robot)
      throws Exception {
    robot.interact(
        () ->
            viewModel
                .tagging()
                .edit(
                    edits ->
                        c ->
                            edits.addKind(
                                c,
                                new TagKind("echoes", TagTarget.LINK, "Echoes", "#123456", ""))));

    robot.clickOn("#ribbon-legend-button");
    FxWait.until(() -> robot.lookup("#ribbon-legend").tryQuery().isPresent());

    for (TagKind kind :
        viewModel.alignment().comparisonProperty().get().codebook().kinds(TagTarget.LINK)) {
      Line sample = robot.lookup("#legend-" + kind.id()).queryAs(Line.class);
      Color stroke = (Color) sample.getStroke();
      Color expected = RelationPalette.shown(kind, Color.GRAY, Theme.Look.LIGHT);
      assertThat(stroke.getRed()).as(kind.id()).isCloseTo(expected.getRed(), within());
      assertThat(stroke.getGreen()).as(kind.id()).isCloseTo(expected.getGreen(), within());
      assertThat(stroke.getBlue()).as(kind.id()).isCloseTo(expected.getBlue(), within());
    }
    assertThat(robot.lookup("#legend-echoes").tryQuery()).isPresent();
    Node legend = robot.lookup("#ribbon-legend").query();
    assertThat(robot.from(legend).lookup(".label").queryAllAs(Label.class))
        .extracting(Label::getText)
        .contains(
            "Echoes",
            "A",
            "C",
            "R",
            "P",
            Messages.get("legend.suggested"),
            Messages.get("legend.confirmed"),
            Messages.get("legend.selected"));
  }

  @Test
  void draggingTheGuttersRightEdgeWidensItAndTheEssaysStayEqual(FxRobot robot) throws Exception {
    RibbonGutter gutter = robot.lookup("#ribbon-gutter").queryAs(RibbonGutter.class);
    double before = FxWait.onFx(gutter::getWidth);
    javafx.geometry.Bounds box = FxWait.onFx(() -> gutter.localToScreen(gutter.getBoundsInLocal()));

    robot
        .drag(new javafx.geometry.Point2D(box.getMaxX() - 2, box.getMinY() + box.getHeight() / 2))
        .dropBy(80, 0);

    FxWait.until(() -> FxWait.onFx(gutter::getWidth) > before + 60);
    FxWait.until(
        () ->
            Math.abs(
                    FxWait.onFx(
                            () -> robot.lookup("#left-view").query().getLayoutBounds().getWidth())
                        - FxWait.onFx(
                            () -> robot.lookup("#right-view").query().getLayoutBounds().getWidth()))
                < 12);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }
}
