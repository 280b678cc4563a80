package org.parallax.ui.tag;

import java.util.List;
import java.util.function.Function;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexRange;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.parallax.model.Side;
import org.parallax.ui.Messages;

/**
 * The single-key commands of tagging: Enter accept, Backspace reject, Delete unlink, A/C/R/P set
 * the relation, L link the chosen claims, T tag the selected words as a framing term, N and Shift+N
 * walk to the next and previous link. They are ignored while the reader types in a text field, so
 * notes and searches take every key.
 */
public final class TaggingKeys {

  /** A key and what it does, for the list of shortcuts. */
  public record Help(String keys, String does) {}

  /** Every single-key command, in the order the shortcut list shows them. */
  public static final List<Help> HELP =
      List.of(
          new Help("Enter", Messages.get("keys.accept")),
          new Help("Backspace", Messages.get("keys.reject")),
          new Help("Delete", Messages.get("keys.unlink")),
          new Help("A  C  R  P", Messages.get("keys.relation")),
          new Help("L", Messages.get("keys.link")),
          new Help("T", Messages.get("keys.term")),
          new Help("N  /  Shift+N", Messages.get("keys.next")),
          new Help("Alt+drag", Messages.get("keys.drag")));

  private final TaggingViewModel tagging;
  private final Function<Side, IndexRange> selectionOf;

  public TaggingKeys(TaggingViewModel tagging, Function<Side, IndexRange> selectionOf) {
    this.tagging = tagging;
    this.selectionOf = selectionOf;
  }

  public void install(Scene scene) {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
  }

  private void pressed(KeyEvent event) {
    if (event.isShortcutDown()
        || event.isAltDown()
        || event.getTarget() instanceof TextInputControl
        || inOtherPanel(event.getTarget())
        || tagging.session().comparison().isEmpty()) {
      return;
    }
    if (handle(event.getCode(), event.isShiftDown())) {
      event.consume();
    }
  }

  /**
   * Whether a key went to a side-panel tab other than Links (Terms, Codebook, …): there Delete or
   * Enter mean that tab's item, never the current link.
   */
  private static boolean inOtherPanel(EventTarget target) {
    boolean inSidePanel = false;
    for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
      if (LinksPanel.ID.equals(node.getId())) {
        return false;
      }
      inSidePanel |= SidePanel.ID.equals(node.getId());
    }
    return inSidePanel;
  }

  /**
   * The side whose words are selected: the side the reader last worked in if it has a selection,
   * else the other side if that has one. Selecting words does not make a side active; clicking
   * does, so the two may differ.
   */
  public static Side withSelectedWords(Side active, Function<Side, IndexRange> selectionOf) {
    Side other = active == Side.A ? Side.B : Side.A;
    return selectionOf.apply(active).getLength() == 0 && selectionOf.apply(other).getLength() > 0
        ? other
        : active;
  }

  /** Runs the command bound to {@code key}; returns whether there was one. */
  public boolean handle(KeyCode key, boolean shift) {
    Side side = tagging.activeSideProperty().get();
    switch (key) {
      case ENTER -> tagging.accept();
      case BACK_SPACE -> tagging.reject();
      case DELETE -> tagging.unlink();
      case A -> tagging.setRelation("agree");
      case C -> tagging.setRelation("contradict");
      case R -> tagging.setRelation("reframe");
      case P -> tagging.setRelation("partial");
      case L -> tagging.linkChosen("");
      case T -> {
        Side selecting = withSelectedWords(side, selectionOf);
        IndexRange words = selectionOf.apply(selecting);
        tagging.tagTerm(selecting, words.getStart(), words.getEnd(), "other");
      }
      case N -> tagging.step(side, !shift);
      default -> {
        return false;
      }
    }
    return true;
  }
}
