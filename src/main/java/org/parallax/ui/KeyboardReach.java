package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.parallax.model.Claim;
import org.parallax.model.Side;
import org.parallax.ui.align.Partner;
import org.parallax.ui.reading.DocumentArea;
import org.parallax.ui.reading.DocumentView;
import org.parallax.ui.support.Action;
import org.parallax.ui.tag.TaggingKeys;
import org.parallax.ui.tag.TaggingViewModel;

/**
 * What a reader without a mouse needs beyond the tagging keys: Ctrl+1 to Ctrl+4 put the keyboard in
 * the left essay, the right essay, the list of partners or the side panel; in an essay, Space
 * chooses the claim at the cursor (Shift+Space adds it to the chosen claims, as Ctrl+click does)
 * and Ctrl+Down and Ctrl+Up choose the next and previous claim; Tab and Shift+Tab leave the essay
 * as they leave any other part of the window.
 */
final class KeyboardReach {
  /** The keys of this class that no menu item shows, for the list of shortcuts (F1). */
  static final List<TaggingKeys.Help> HELP =
      List.of(
          new TaggingKeys.Help(
              Messages.get("keys.claimAtCursor.keys"), Messages.get("keys.claimAtCursor")),
          new TaggingKeys.Help(
              Messages.get("keys.nextClaim.keys"), Messages.get("keys.nextClaim")));

  private final MainViewModel viewModel;
  private final DocumentView left;
  private final DocumentView right;
  private final ListView<Partner> partners;
  private final Node panel;

  KeyboardReach(
      MainViewModel viewModel,
      DocumentView left,
      DocumentView right,
      ListView<Partner> partners,
      Node panel) {
    this.viewModel = viewModel;
    this.left = left;
    this.right = right;
    this.partners = partners;
    this.panel = panel;
    // Moving through the partners with the arrow keys makes each one's link the current link.
    partners
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, partner) -> viewModel.tagging().choosePartner(partner));
  }

  /** Listens for the claim keys in the essays, and starts the keyboard in the left essay. */
  void install(Scene scene) {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
    Platform.runLater(left.area()::requestFocus);
  }

  /** The commands that move the keyboard between the window's parts, for the View menu. */
  List<Action> actions() {
    return List.of(
        focus(
            "focus-left",
            Messages.get("action.focusLeft"),
            Messages.get("action.focusLeft.tooltip"),
            "Shortcut+1",
            () -> left.area().requestFocus()),
        focus(
            "focus-right",
            Messages.get("action.focusRight"),
            Messages.get("action.focusRight.tooltip"),
            "Shortcut+2",
            () -> right.area().requestFocus()),
        focus(
            "focus-partners",
            Messages.get("action.focusPartners"),
            Messages.get("action.focusPartners.tooltip"),
            "Shortcut+3",
            this::focusPartners),
        focus(
            "focus-panel",
            Messages.get("action.focusPanel"),
            Messages.get("action.focusPanel.tooltip"),
            "Shortcut+4",
            this::focusPanel));
  }

  private static Action focus(String id, String text, String tooltip, String keys, Runnable go) {
    return new Action(id, text, tooltip, KeyCombination.keyCombination(keys), go, null);
  }

  private void focusPartners() {
    if (partners.isVisible()) {
      partners.requestFocus();
    } else {
      viewModel
          .noticeProperty()
          .set(org.parallax.ui.support.Notice.info(Messages.get("keys.noPartners")));
    }
  }

  private void focusPanel() {
    viewModel.sidePanelProperty().set(true);
    // A panel shown just now joins the scene on the next pulse.
    Platform.runLater(panel::requestFocus);
  }

  private void pressed(KeyEvent event) {
    if (!(event.getTarget() instanceof DocumentArea area) || event.isAltDown()) {
      return;
    }
    Side side = area == left.area() ? Side.A : area == right.area() ? Side.B : null;
    if (side == null) {
      return;
    }
    TaggingViewModel tagging = viewModel.tagging();
    if (event.getCode() == KeyCode.TAB && !event.isShortcutDown()) {
      // The read-only rich text area keeps Tab to itself, which would trap the keyboard in the
      // essay, and JavaFX 21 has no public call to move the focus on: it goes to the next (or,
      // with Shift, the previous) focusable part in the scene graph's order.
      event.consume();
      neighbour(area, !event.isShiftDown()).ifPresent(Node::requestFocus);
    } else if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown()) {
      tagging.clickAt(side, area.getCaretPosition(), event.isShiftDown());
      event.consume();
    } else if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP)
        && event.isShortcutDown()
        && !event.isShiftDown()) {
      step(side, area, event.getCode() == KeyCode.DOWN);
      event.consume();
    }
  }

  /**
   * The focusable, shown and enabled node after (or before) {@code from} in the scene graph's
   * order, leaving out {@code from}'s own children; the order wraps around, as Tab does.
   */
  static Optional<Node> neighbour(Node from, boolean forward) {
    List<Node> all = new ArrayList<>();
    collect(from.getScene().getRoot(), from, all);
    int at = all.indexOf(from);
    for (int step = 1; step < all.size(); step++) {
      Node candidate = all.get(Math.floorMod(at + (forward ? step : -step), all.size()));
      if (candidate.isFocusTraversable() && !candidate.isDisabled() && shown(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static void collect(Node node, Node from, List<Node> out) {
    out.add(node);
    if (node != from && node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> collect(child, from, out));
    }
  }

  private static boolean shown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Chooses the claim after (or before) the one chosen on {@code side}, and puts the cursor on it.
   */
  private void step(Side side, DocumentArea area, boolean forward) {
    Claim selected = viewModel.alignment().selectedProperty().get();
    Claim current = selected != null && selected.side() == side ? selected : null;
    viewModel
        .alignment()
        .index()
        .flatMap(index -> index.step(side, current, area.getCaretPosition(), forward))
        .ifPresent(
            claim -> {
              area.moveTo(claim.start());
              viewModel.tagging().clickAt(side, claim.start(), false);
              (side == Side.A ? left : right).reveal(claim);
            });
  }
}
