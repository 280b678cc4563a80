package org.parallax.export;

/**
 * How the handout draws its two kinds of small picture: a relation's icon and a count's bar. The
 * HTML handout draws them as inline SVG; the PDF, whose renderer does not draw SVG, as text symbols
 * and boxes ({@link PdfExporter}).
 */
interface HandoutPictures {

  /** Inline SVG, in the current text colour. */
  HandoutPictures SVG =
      new HandoutPictures() {
        @Override
        public String icon(String relationId) {
          return RelationLook.icon(relationId);
        }

        @Override
        public String bar(int width, int maxWidth, String colour, int count) {
          return "<svg width=\""
              + maxWidth
              + "\" height=\"12\" role=\"img\" aria-label=\""
              + count
              + "\"><rect x=\"0\" y=\"1\" width=\""
              + width
              + "\" height=\"10\" fill=\""
              + colour
              + "\" stroke=\"#333\" stroke-width=\"1\"/></svg>";
        }
      };

  /** The icon of relation {@code relationId} ("" for none), as HTML. */
  String icon(String relationId);

  /**
   * A bar {@code width} of {@code maxWidth} pixels long in {@code colour} (already checked), as
   * HTML, standing for {@code count}.
   */
  String bar(int width, int maxWidth, String colour, int count);
}
