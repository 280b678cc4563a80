package org.parallax.ui.tag;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * walk to the next and previous link, 1/2/3 link the selected claim with that partner (a runner-up
 * included). They are ignored while the reader types in a text field, so notes and searches take
 * every key. The Link and Terms menus show these keys; their accelerators are kept quiet there too.
 */
public final class TaggingKeys {

  /** A key and what it does, for the list of shortcuts. */
  public record Help(String keys, String does) {}

  /** What the reader does with the mouse and keys together, which no menu item can show. */
  public static final List<Help> HELP =
      List.of(
          new Help("Alt+drag", Messages.get("keys.drag")),
          new Help(Messages.get("keys.wordsTag.keys"), Messages.get("keys.wordsTag")),
          new Help(Messages.get("keys.wordsPair.keys"), Messages.get("keys.wordsPair")),
          new Help("1, 2, 3", Messages.get("keys.partner")));

  /** The keys that link the selected claim with its first, second or third partner. */
  private static final List<KeyCode> PARTNER_KEYS =
      List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3);

  /** The keys that set the current link's relation, with the built-in relation each sets. */
  public static final Map<KeyCode, String> RELATION_KEYS = relationKeys();

  /** Every key this class acts on. */
  private static final Set<KeyCode> KEYS =
      EnumSet.of(
          KeyCode.ENTER,
          KeyCode.BACK_SPACE,
          KeyCode.DELETE,
          KeyCode.A,
          KeyCode.C,
          KeyCode.R,
          KeyCode.P,
          KeyCode.L,
          KeyCode.T,
          KeyCode.N);

  private final TaggingViewModel tagging;
  private final Function<Side, IndexRange> selectionOf;

  public TaggingKeys(TaggingViewModel tagging, Function<Side, IndexRange> selectionOf) {
    this.tagging = tagging;
    this.selectionOf = selectionOf;
  }

  public void install(Scene scene) {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
    scene.addEventHandler(KeyEvent.KEY_PRESSED, this::keepFromAccelerators);
  }

  private static Map<KeyCode, String> relationKeys() {
    Map<KeyCode, String> keys = new LinkedHashMap<>();
    keys.put(KeyCode.A, "agree");
    keys.put(KeyCode.C, "contradict");
    keys.put(KeyCode.R, "reframe");
    keys.put(KeyCode.P, "partial");
    return Collections.unmodifiableMap(keys);
  }

  private void pressed(KeyEvent event) {
    if (!forReading(event) || tagging.session().comparison().isEmpty()) {
      return;
    }
    if (handle(event.getCode(), event.isShiftDown())) {
      event.consume();
    }
  }

  /**
   * A single key meant for a field or another panel's list has done its work there by the time it
   * bubbles up to the scene; consuming it now keeps the menu item showing that key from firing too
   * (an "a" in the Terms list must not set the current link's relation to agree).
   */
  private void keepFromAccelerators(KeyEvent event) {
    if (KEYS.contains(event.getCode())
        && !event.isShortcutDown()
        && !event.isAltDown()
        && !forReading(event)) {
      event.consume();
    }
  }

  private static boolean forReading(KeyEvent event) {
    return !event.isShortcutDown()
        && !event.isAltDown()
        && !(event.getTarget() instanceof TextInputControl)
        && !inOtherPanel(event.getTarget());
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
    if (PARTNER_KEYS.contains(key)) {
      return tagging.linkPartner(PARTNER_KEYS.indexOf(key) + 1);
    }
    switch (key) {
      case ENTER -> tagging.accept();
      case BACK_SPACE -> tagging.reject();
      case DELETE -> tagging.unlink();
      case A, C, R, P -> tagging.setRelation(RELATION_KEYS.get(key));
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
