package org.parallax.export;

import java.util.Map;

/**
 * The handout's pictures as the PDF draws them: the PDF renderer draws no SVG, so a relation's icon
 * is a symbol of the shipped font (✓ ✗ ⇄ ◑, ◌ for no relation, □ for relations a reader added) and
 * a count's bar an inline box.
 */
final class PdfPictures implements HandoutPictures {
  private static final Map<String, String> SYMBOLS =
      Map.of(
          "agree",
          "\u2713",
          "contradict",
          "\u2717",
          "reframe",
          "\u21c4",
          "partial",
          "\u25d1",
          "",
          "\u25cc");
  private static final String OTHER = "\u25a1";

  @Override
  public String icon(String relationId) {
    return "<span class=\"icon\" aria-hidden=\"true\">"
        + SYMBOLS.getOrDefault(relationId, OTHER)
        + "</span>";
  }

  @Override
  public String bar(int width, int maxWidth, String colour, int count) {
    return "<span class=\"bar-track\" style=\"width:"
        + maxWidth
        + "px\"><span class=\"bar\" style=\"width:"
        + width
        + "px;background-color:"
        + colour
        + "\"></span></span>";
  }
}
