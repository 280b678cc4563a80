package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * What the keyboard tests ask of a window's nodes: whether a node is where the reader can see it,
 * whether it looks different while it has the keyboard focus, and the name and help a screen reader
 * announces for it. Call on the FX thread.
 */
final class FocusShown {
  private FocusShown() {}

  /** Every node under {@code root}, parents before their children. */
  static List<Node> all(Node root) {
    List<Node> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node node, List<Node> out) {
    out.add(node);
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, out);
      }
    }
  }

  /**
   * Whether {@code node} and all its parents are visible and it lies at least partly in its window.
   */
  static boolean onScreen(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    Bounds bounds = node.localToScene(node.getBoundsInLocal());
    return bounds.getWidth() > 0
        && bounds.getHeight() > 0
        && bounds.getMaxX() > 0
        && bounds.getMaxY() > 0
        && bounds.getMinX() < node.getScene().getWidth()
        && bounds.getMinY() < node.getScene().getHeight();
  }

  /**
   * Whether {@code node} is drawn differently with the focus than without it: the focus is moved to
   * {@code elsewhere} for a picture and given back. CSS is applied at once for each picture.
   */
  static boolean looksFocused(Node node, Node elsewhere) {
    node.requestFocus();
    Image focused = picture(node);
    elsewhere.requestFocus();
    Image unfocused = picture(node);
    node.requestFocus();
    return differ(focused, unfocused);
  }

  private static Image picture(Node node) {
    node.getScene().getRoot().applyCss();
    node.getScene().getRoot().layout();
    return node.snapshot(null, null);
  }

  private static boolean differ(Image one, Image two) {
    if (one.getWidth() != two.getWidth() || one.getHeight() != two.getHeight()) {
      return true;
    }
    PixelReader a = one.getPixelReader();
    PixelReader b = two.getPixelReader();
    for (int y = 0; y < (int) one.getHeight(); y++) {
      for (int x = 0; x < (int) one.getWidth(); x++) {
        if (a.getArgb(x, y) != b.getArgb(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The name a screen reader announces: the node's accessible text, else a label's own words or
   * those of a label naming it ({@code labelFor}). A text field's or list's content is no name.
   */
  static String name(Node node) {
    String text = node.getAccessibleText();
    if (text != null && !text.isBlank()) {
      return text;
    }
    if (node instanceof Labeled labeled
        && labeled.getText() != null
        && !labeled.getText().isBlank()) {
      return labeled.getText();
    }
    for (Node other : all(node.getScene().getRoot())) {
      if (other instanceof Label label && label.getLabelFor() == node) {
        return label.getText();
      }
    }
    return "";
  }

  /** The help a screen reader announces: the accessible help, else the control's tooltip. */
  static String help(Node node) {
    Object help = node.queryAccessibleAttribute(AccessibleAttribute.HELP);
    return help == null ? "" : help.toString();
  }

  /**
   * Whether {@code node} belongs to a control's skin (a spinner's field, a tool bar's overflow
   * button), which the toolkit names itself or through its control.
   */
  static boolean partOfASkin(Node node) {
    String name = node.getClass().getName();
    return name.contains(".skin.") || name.startsWith("com.sun.");
  }

  /** How a failure names {@code node}. */
  static String describe(Node node) {
    return node.getClass().getSimpleName() + "#" + node.getId();
  }
}
