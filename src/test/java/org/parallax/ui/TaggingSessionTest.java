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
import org.parallax.model.TermTag;
import org.parallax.ui.reading.DocumentArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A complete tagging session through the window: two written essays about one bridge, a suggestion
 * accepted, claims linked by keyboard, every relation set, a note, a framing term tagged everywhere
 * and paired, then undo and redo, checking the comparison after each step.
 */
@ExtendWith(ApplicationExtension.class)
class TaggingSessionTest {
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
  void aReaderTagsAComparisonFromStartToFinish(FxRobot robot) throws Exception {
    robot.interact(() -> viewModel.openFile(Side.A, west));
    FxWait.until(() -> !viewModel.side(Side.A).isEmpty());
    robot.clickOn("#tool-open");
    FxWait.until(() -> comparison() != null);
    Comparison aligned = comparison();
    assertThat(aligned.links()).isNotEmpty();

    // Accept the strongest suggestion: click its left claim, press Enter.
    Link suggestion = aligned.links().get(0);
    clickClaim(robot, Side.A, aligned.claim(suggestion.aClaims().get(0)).orElseThrow());
    FxWait.until(() -> suggestion.id().equals(currentLinkId()));
    robot.type(KeyCode.ENTER);
    FxWait.until(() -> link(suggestion.id()).status() == LinkStatus.CONFIRMED);

    // Link the bus claim on the left with the hospital claim on the right, by keyboard.
    Claim bus = claimContaining(Side.A, "offered a bus to the hospital");
    Claim hospital = claimContaining(Side.B, "only road to the hospital");
    clickClaim(robot, Side.A, bus);
    clickClaim(robot, Side.B, hospital);
    robot.type(KeyCode.L);
    FxWait.until(
        () ->
            comparison().links().stream()
                .anyMatch(
                    l ->
                        l.aClaims().equals(java.util.List.of(bus.id()))
                            && l.bClaims().equals(java.util.List.of(hospital.id()))));
    String madeId = currentLinkId();
    assertThat(link(madeId).status()).isEqualTo(LinkStatus.CONFIRMED);

    // Each relation key sets the relation of the link just made.
    for (var key :
        java.util.Map.of(
                KeyCode.A,
                "agree",
                KeyCode.C,
                "contradict",
                KeyCode.R,
                "reframe",
                KeyCode.P,
                "partial")
            .entrySet()) {
      robot.type(key.getKey());
      FxWait.until(() -> link(madeId).relation().equals(key.getValue()));
    }

    // A note, written in the link editor, is kept when the editor loses focus.
    robot.clickOn("#link-note").write("A bus is not a bridge.");
    robot.clickOn("#links-search");
    FxWait.until(() -> link(madeId).note().equals("A bus is not a bridge."));

    // Select "bridge" on the left and press T; then tag every other occurrence in one step.
    DocumentArea leftArea = robot.lookup("#left-area").queryAs(DocumentArea.class);
    int start = viewModel.side(Side.A).document().text().indexOf("bridge");
    robot.clickOn("#left-area");
    robot.interact(() -> leftArea.selectRange(start, start + "bridge".length()));
    robot.type(KeyCode.T);
    FxWait.until(() -> comparison().terms().size() == 1);
    // The other occurrences are searched for in the background and offered when found.
    FxWait.until(() -> FxWait.onFx(() -> !viewModel.tagging().offeredOccurrences().isEmpty()));
    int occurrences = FxWait.onFx(() -> viewModel.tagging().offeredOccurrences().size());
    assertThat(occurrences).isPositive();
    FxWait.until(
        () -> FxWait.onFx(() -> leftArea.getStyleAtPosition(start + 1).contains(Styles.TERM)));
    robot.clickOn("#terms-tag-all");
    FxWait.until(() -> comparison().terms().size() == 1 + occurrences);
    assertThat(comparison().terms()).anyMatch(t -> t.side() == Side.B);
    // Every tagged occurrence is marked in its essay, not only the first.
    DocumentArea rightArea = robot.lookup("#right-area").queryAs(DocumentArea.class);
    for (TermTag tagged : comparison().terms()) {
      DocumentArea area = tagged.side() == Side.A ? leftArea : rightArea;
      FxWait.until(
          () ->
              FxWait.onFx(() -> area.getStyleAtPosition(tagged.start() + 1).contains(Styles.TERM)));
    }

    // Pair the first term with a term of the other essay through the pairing list.
    TermTag first = comparison().terms().get(0);
    robot.interact(() -> viewModel.tagging().selectTerm(first));
    robot.clickOn("#term-pair").type(KeyCode.DOWN).type(KeyCode.ENTER);
    FxWait.until(() -> !term(first.id()).pairedWith().isEmpty());
    String partnerId = term(first.id()).pairedWith();
    assertThat(term(partnerId).side()).isEqualTo(Side.B);

    // Undo takes back the pairing; redo brings it back.
    Comparison paired = comparison();
    robot.clickOn("#left-area");
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    FxWait.until(() -> term(first.id()).pairedWith().isEmpty());
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z)
        .release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
    FxWait.until(() -> comparison().equals(paired));

    // Arrow keys on the closed pairing list only move through it; Enter makes the choice.
    javafx.scene.control.ComboBox<?> pair =
        robot.lookup("#term-pair").queryAs(javafx.scene.control.ComboBox.class);
    robot.interact(pair::requestFocus);
    robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(term(first.id()).pairedWith()).isEqualTo(partnerId);
    robot.type(KeyCode.ENTER);
    FxWait.until(() -> !term(first.id()).pairedWith().equals(partnerId));

    // Unpairing leaves the pairing list saying what it is for, not blank.
    robot.clickOn(Messages.get("terms.unpair"));
    FxWait.until(() -> term(first.id()).pairedWith().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(
            FxWait.onFx(
                () -> ((javafx.scene.control.ListCell<?>) pair.lookup(".list-cell")).getText()))
        .isEqualTo(Messages.get("terms.pairWith"));
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

  private Claim claimContaining(Side side, String words) {
    Comparison c = comparison();
    return c.claims(side).stream()
        .filter(claim -> claim.textIn(c.document(side)).contains(words))
        .findFirst()
        .orElseThrow();
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

  private TermTag term(String id) {
    return comparison().terms().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
