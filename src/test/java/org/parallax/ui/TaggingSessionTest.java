package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.DesktopAccess;
import org.parallax.ui.support.SettingsStore;
import org.parallax.ui.support.WindowSettings;
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
  private MainViewModel viewModel;
  private Path west;
  private Path east;

  @Start
  void start(Stage stage) throws IOException {
    BackgroundRunner runner = BackgroundRunner.forApp();
    viewModel = TestViewModels.main(runner);
    Path folder = Files.createTempDirectory("parallax-tagging");
    west = copy("bridge-west.txt", folder);
    east = copy("counterpart.txt", folder);
    DesktopAccess desktop =
        new DesktopAccess() {
          @Override
          public Optional<Path> chooseFileToOpen(Window owner) {
            return Optional.of(east);
          }

          @Override
          public Optional<Path> chooseSaveTarget(Window owner, String name) {
            return Optional.empty();
          }
        };
    new MainWindow(
            viewModel,
            TestViewModels.files(viewModel, folder, runner),
            SettingsStore.inMemory(WindowSettings.DEFAULTS),
            desktop)
        .show(stage);
  }

  @Test
  void aReaderTagsAComparisonFromStartToFinish(FxRobot robot) throws Exception {
    robot.interact(() -> viewModel.openFile(Side.A, west));
    waitUntil(() -> !viewModel.side(Side.A).isEmpty());
    robot.clickOn("#tool-open");
    waitUntil(() -> comparison() != null);
    Comparison aligned = comparison();
    assertThat(aligned.links()).isNotEmpty();

    // Accept the strongest suggestion: click its left claim, press Enter.
    Link suggestion = aligned.links().get(0);
    clickClaim(robot, Side.A, aligned.claim(suggestion.aClaims().get(0)).orElseThrow());
    waitUntil(() -> suggestion.id().equals(currentLinkId()));
    robot.type(KeyCode.ENTER);
    waitUntil(() -> link(suggestion.id()).status() == LinkStatus.CONFIRMED);

    // Link the bus claim on the left with the hospital claim on the right, by keyboard.
    Claim bus = claimContaining(Side.A, "offered a bus to the hospital");
    Claim hospital = claimContaining(Side.B, "only road to the hospital");
    clickClaim(robot, Side.A, bus);
    clickClaim(robot, Side.B, hospital);
    robot.type(KeyCode.L);
    waitUntil(
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
      waitUntil(() -> link(madeId).relation().equals(key.getValue()));
    }

    // A note, written in the link editor, is kept when the editor loses focus.
    robot.clickOn("#link-note").write("A bus is not a bridge.");
    robot.clickOn("#links-search");
    waitUntil(() -> link(madeId).note().equals("A bus is not a bridge."));

    // Select "bridge" on the left and press T; then tag every other occurrence in one step.
    DocumentArea leftArea = robot.lookup("#left-area").queryAs(DocumentArea.class);
    int start = viewModel.side(Side.A).document().text().indexOf("bridge");
    robot.clickOn("#left-area");
    robot.interact(() -> leftArea.selectRange(start, start + "bridge".length()));
    robot.type(KeyCode.T);
    waitUntil(() -> comparison().terms().size() == 1);
    int occurrences = viewModel.tagging().offeredOccurrences().size();
    assertThat(occurrences).isPositive();
    robot.clickOn("#terms-tag-all");
    waitUntil(() -> comparison().terms().size() == 1 + occurrences);
    assertThat(comparison().terms()).anyMatch(t -> t.side() == Side.B);

    // Pair the first term with a term of the other essay through the pairing list.
    TermTag first = comparison().terms().get(0);
    robot.interact(() -> viewModel.tagging().selectTerm(first));
    robot.clickOn("#term-pair").type(KeyCode.DOWN).type(KeyCode.ENTER);
    waitUntil(() -> !term(first.id()).pairedWith().isEmpty());
    String partnerId = term(first.id()).pairedWith();
    assertThat(term(partnerId).side()).isEqualTo(Side.B);

    // Undo takes back the pairing; redo brings it back.
    Comparison paired = comparison();
    robot.clickOn("#left-area");
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    waitUntil(() -> term(first.id()).pairedWith().isEmpty());
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z)
        .release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
    waitUntil(() -> comparison().equals(paired));
  }

  private void clickClaim(FxRobot robot, Side side, Claim claim) throws TimeoutException {
    DocumentArea area =
        robot.lookup(side == Side.A ? "#left-area" : "#right-area").queryAs(DocumentArea.class);
    robot.interact(
        () ->
            area.showParagraphAtTop(area.offsetToPosition(claim.start(), Bias.Forward).getMajor()));
    WaitForAsyncUtils.waitForFxEvents();
    waitUntil(() -> onFx(() -> area.boundsOnScreen(claim.start(), claim.start() + 2).isPresent()));
    Bounds bounds = onFx(() -> area.boundsOnScreen(claim.start(), claim.start() + 2).orElseThrow());
    robot.clickOn(new Point2D(bounds.getMinX() + 1, bounds.getCenterY()));
    waitUntil(() -> viewModel.tagging().chosen(side).contains(claim));
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

  private Path copy(String name, Path folder) throws IOException {
    Path file = folder.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static <T> T onFx(Callable<T> query) {
    try {
      return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
  }
}
