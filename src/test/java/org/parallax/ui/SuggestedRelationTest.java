package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.ui.align.Partner;
import org.parallax.ui.reading.DocumentArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A suggestion's suggested relation in the window: the partner list says it, Enter accepts the link
 * with it, C overrides it, and undo takes both back.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestedRelationTest {
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
  void enterAcceptsASuggestionWithItsSuggestedRelationAndCOverridesIt(FxRobot robot)
      throws Exception {
    robot.interact(() -> viewModel.openFile(Side.A, west));
    FxWait.until(() -> !viewModel.side(Side.A).isEmpty());
    robot.clickOn("#tool-open");
    FxWait.until(() -> comparison() != null);
    Link suggestion =
        comparison().links().stream()
            .filter(l -> !l.suggestedRelation().isEmpty())
            .filter(l -> !l.suggestedRelation().equals("contradict"))
            .findFirst()
            .orElseThrow();
    assertThat(suggestion.relation()).isEmpty();

    clickClaim(robot, Side.A, comparison().claim(suggestion.aClaims().get(0)).orElseThrow());
    FxWait.until(() -> suggestion.id().equals(currentLinkId()));
    // The partner list says what the aligner suggests, and why.
    FxWait.until(
        () ->
            FxWait.onFx(
                () ->
                    viewModel.alignment().partners().stream()
                        .map(Partner::reasons)
                        .anyMatch(r -> r.stream().anyMatch(s -> s.startsWith("suggested: ")))));
    // So does the Links tab, where the relation is not set yet.
    FxWait.until(
        () ->
            FxWait.onFx(
                () ->
                    robot
                        .lookup("#link-current")
                        .queryLabeled()
                        .getText()
                        .contains(" \u00b7 suggested: ")));

    robot.type(KeyCode.ENTER);
    FxWait.until(() -> link(suggestion.id()).status() == LinkStatus.CONFIRMED);
    assertThat(link(suggestion.id()).relation()).isEqualTo(suggestion.suggestedRelation());

    robot.type(KeyCode.C);
    FxWait.until(() -> link(suggestion.id()).relation().equals("contradict"));
    assertThat(link(suggestion.id()).suggestedRelation()).isEqualTo(suggestion.suggestedRelation());

    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    FxWait.until(() -> link(suggestion.id()).relation().equals(suggestion.suggestedRelation()));
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    FxWait.until(() -> link(suggestion.id()).status() == LinkStatus.SUGGESTED);
    assertThat(link(suggestion.id()).relation()).isEmpty();
  }

  private void clickClaim(FxRobot robot, Side side, Claim claim) throws TimeoutException {
    DocumentArea area =
        robot.lookup(side == Side.A ? "#left-area" : "#right-area").queryAs(DocumentArea.class);
    robot.interact(
        () ->
            area.showParagraphAtTop(area.offsetToPosition(claim.start(), Bias.Forward).getMajor()));
    WaitForAsyncUtils.waitForFxEvents();
    FxWait.until(
        () -> FxWait.onFx(() -> area.boundsOnScreen(claim.start(), claim.start() + 2).isPresent()));
    Bounds bounds =
        FxWait.onFx(() -> area.boundsOnScreen(claim.start(), claim.start() + 2).orElseThrow());
    robot.clickOn(new Point2D(bounds.getMinX() + 1, bounds.getCenterY()));
    FxWait.until(() -> viewModel.tagging().chosen(side).contains(claim));
  }

  private Comparison comparison() {
    return viewModel.alignment().comparisonProperty().get();
  }

  private String currentLinkId() {
    Link link = viewModel.tagging().currentLinkProperty().get();
    return link == null ? "" : link.id();
  }

  private Link link(String id) {
    return comparison().links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }
}
