package org.parallax.export;

import java.util.Map;

/**
 * How a relation is drawn on paper besides its colour, so that it survives greyscale printing and
 * colour-blind readers: a small icon and a border pattern. Relations a reader added to the codebook
 * get a plain square; rows without a relation a dashed circle.
 */
final class RelationLook {
  private static final String NONE = "";

  /** SVG path data in a 16×16 box, stroked. */
  private static final Map<String, String> ICONS =
      Map.of(
          "agree",
          "M2 8.5 L6.5 13 L14 3.5",
          "contradict",
          "M3 3 L13 13 M13 3 L3 13",
          "reframe",
          "M2 5.5 H13 M10 2.5 L13 5.5 L10 8.5 M14 10.5 H3 M6 7.5 L3 10.5 L6 13.5",
          "partial",
          "M8 2 A6 6 0 0 1 8 14 A6 6 0 0 1 8 2",
          NONE,
          "M8 2 A6 6 0 0 1 8 14 A6 6 0 0 1 8 2");

  private static final String OTHER_ICON = "M3 3 H13 V13 H3 Z";

  private static final Map<String, String> BORDERS =
      Map.of(
          "agree",
          "solid",
          "contradict",
          "double",
          "reframe",
          "dashed",
          "partial",
          "dotted",
          NONE,
          "dashed");

  private RelationLook() {}

  /** An inline SVG icon for relation {@code id} ("" for none), in the current text colour. */
  static String icon(String id) {
    String path = ICONS.getOrDefault(id, OTHER_ICON);
    boolean filled = id.equals("partial");
    return "<svg class=\"icon\" viewBox=\"0 0 16 16\" width=\"14\" height=\"14\" aria-hidden=\"true\">"
        + "<path d=\""
        + path
        + "\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\""
        + (id.isEmpty() ? " stroke-dasharray=\"3 2\"" : "")
        + "/>"
        + (filled ? "<path d=\"M8 2 A6 6 0 0 0 8 14 Z\" fill=\"currentColor\"/>" : "")
        + "</svg>";
  }

  /** The CSS border style of relation {@code id}'s rows. */
  static String border(String id) {
    return BORDERS.getOrDefault(id, "solid");
  }
}
