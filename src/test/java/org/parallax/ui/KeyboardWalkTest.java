package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.store.ComparisonStore;
import org.parallax.ui.align.Partner;
import org.parallax.ui.reading.DocumentArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main flow with the keyboard alone: open the counterpart, move to a claim, see its partners,
 * accept a suggestion, set another relation, tag a word, save; after each step the comparison is as
 * the keys said and the focus is on a part of the window that is shown and looks focused.
 *
 * <p>The file chooser is the desktop's own dialog, which no headless test can drive: Ctrl+O asks
 * the test desktop, which answers with the fixture file. Everything else is keys.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWalkTest {
  private TestWindow window;
  private MainViewModel viewModel;

  @Start
  void start(Stage stage) throws Exception {
    window = new TestWindow(stage);
    viewModel = window.viewModel;
  }

  @Test
  void aReaderWalksFromOpeningToSavingWithTheKeyboardAlone(FxRobot robot) throws Exception {
    DocumentArea left = robot.lookup("#left-area").queryAs(DocumentArea.class);
    DocumentArea right = robot.lookup("#right-area").queryAs(DocumentArea.class);
    // The window starts with the keyboard in the left essay.
    FxWait.until(() -> focusOwner(left) == left);
    assertFocusShown(left, right);

    // Ctrl+O opens the counterpart and aligns the two.
    window.nextChosenFile.set(window.fixture("karabakh-counterpart.txt"));
    robot.push(KeyCode.CONTROL, KeyCode.O);
    FxWait.until(() -> comparison() != null);
    assertFocusShown(left, right);

    // Ctrl+Down walks the left essay claim by claim, up to the first with a suggestion.
    Comparison aligned = comparison();
    List<Claim> claims = aligned.claims(Side.A);
    Claim target =
        claims.stream()
            .filter(c -> aligned.links().stream().anyMatch(l -> l.involves(c.id())))
            .findFirst()
            .orElseThrow();
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
    FxWait.until(() -> focusOwner(left) == right);
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
    FxWait.until(() -> focusOwner(left) == left);
    for (Claim claim : claims.subList(0, claims.indexOf(target) + 1)) {
      robot.push(KeyCode.CONTROL, KeyCode.DOWN);
      FxWait.until(() -> claim.equals(selected()));
    }
    assertFocusShown(left, right);

    // Its partners are listed under the essays, and the essay tells a screen reader about them.
    Link suggestion = FxWait.onFx(() -> viewModel.tagging().currentLinkProperty().get());
    assertThat(suggestion.status()).isEqualTo(LinkStatus.SUGGESTED);
    assertThat(suggestion.aClaims()).contains(target.id());
    String partner = suggestion.bClaims().get(0);
    List<String> partners =
        FxWait.onFx(
            () -> viewModel.alignment().partners().stream().map(p -> p.claim().id()).toList());
    assertThat(partners).contains(partner);
    assertThat(FxWait.onFx(left::getAccessibleText)).contains(target.id()).contains(partner);

    // Enter accepts the suggestion; C makes it a contradiction.
    robot.push(KeyCode.ENTER);
    FxWait.until(() -> link(suggestion.id()).status() == LinkStatus.CONFIRMED);
    robot.push(KeyCode.C);
    FxWait.until(() -> link(suggestion.id()).relation().equals("contradict"));
    assertFocusShown(left, right);

    // Ctrl+3 goes to the partners; the arrow keys choose one, whose link becomes the current one.
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
    Node partnerList = robot.lookup("#partner-list").query();
    FxWait.until(() -> focusOwner(left) == partnerList);
    robot.push(KeyCode.DOWN);
    Partner first = FxWait.onFx(() -> viewModel.alignment().partners().get(0));
    FxWait.until(
        () -> {
          Link current = FxWait.onFx(() -> viewModel.tagging().currentLinkProperty().get());
          return current != null && current.involves(first.claim().id());
        });
    assertFocusShown(left, right);

    // Back in the left essay, Shift+Ctrl+Right selects the claim's first word and T tags it.
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
    FxWait.until(() -> focusOwner(left) == left);
    robot.interact(() -> left.moveTo(target.start()));
    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.RIGHT);
    FxWait.until(() -> FxWait.onFx(() -> left.getSelection().getLength()) > 0);
    robot.push(KeyCode.T);
    FxWait.until(() -> !comparison().terms().isEmpty());
    TermTag term = comparison().terms().get(0);
    assertThat(term.side()).isEqualTo(Side.A);
    assertThat(term.start()).isEqualTo(target.start());
    FxWait.until(() -> focusOwner(left) == left);
    assertFocusShown(left, right);

    // Tab leaves the essay for the next part of the window, and Shift+Tab comes back.
    robot.push(KeyCode.TAB);
    FxWait.until(() -> focusOwner(left) != left);
    assertFocusShown(left, right);
    robot.push(KeyCode.SHIFT, KeyCode.TAB);
    FxWait.until(() -> focusOwner(left) == left);

    // Ctrl+S saves: the file holds the confirmed contradiction and the term.
    Path target2 = window.folder.resolve("walk.parallax.json");
    window.nextSaveTarget.set(target2);
    robot.push(KeyCode.CONTROL, KeyCode.S);
    FxWait.until(() -> Files.exists(target2) && !window.files.unsavedProperty().get());
    Comparison saved = new ComparisonStore().load(target2).comparison();
    Link kept =
        saved.links().stream()
            .filter(l -> l.id().equals(suggestion.id()))
            .findFirst()
            .orElseThrow();
    assertThat(kept.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(kept.relation()).isEqualTo("contradict");
    assertThat(saved.terms()).extracting(TermTag::start).containsExactly(target.start());
    assertFocusShown(left, right);
  }

  /** The focus is on a node that is shown in the window and looks different for having it. */
  private static void assertFocusShown(Node left, Node right) throws TimeoutException {
    Node owner = focusOwner(left);
    assertThat(owner).isNotNull();
    assertThat(FxWait.onFx(() -> FocusShown.onScreen(owner)))
        .as(FocusShown.describe(owner))
        .isTrue();
    assertThat(FxWait.onFx(() -> FocusShown.looksFocused(owner, owner == left ? right : left)))
        .as(FocusShown.describe(owner))
        .isTrue();
  }

  private static Node focusOwner(Node any) {
    return FxWait.onFx(() -> any.getScene().getFocusOwner());
  }

  private Comparison comparison() {
    return FxWait.onFx(() -> viewModel.alignment().comparisonProperty().get());
  }

  private Claim selected() {
    return FxWait.onFx(() -> viewModel.alignment().selectedProperty().get());
  }

  private Link link(String id) {
    return comparison().links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }
}
