package org.parallax.ui.reading;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javafx.scene.paint.Color;
import org.parallax.model.Codebook;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.ui.Theme;
import org.parallax.ui.support.Colours;

/**
 * The tint of claims in confirmed links, by relation. The four built-in relations in their built-in
 * colours are tinted by the stylesheet; a relation the reader added or recoloured gets a rule of
 * its own, a pale (light theme) or deep (dark and high-contrast) shade of its colour, in a small
 * stylesheet made from the codebook.
 */
public final class RelationTints {
  private static final Color LIGHT_SURFACE = Color.WHITE;

  /** The dark theme's reading surface, AtlantaFX Nord Dark's background. */
  private static final Color DARK_SURFACE = Color.web("#2e3440");

  private RelationTints() {}

  /** The style class that tints claims linked with relation {@code id}. */
  public static String styleClass(String id) {
    return "rel-" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
  }

  /** Rules for the relations the stylesheet does not tint as the codebook says; may be empty. */
  public static String css(Codebook codebook) {
    StringBuilder css = new StringBuilder();
    for (TagKind kind : codebook.kinds(TagTarget.LINK)) {
      if (RelationPalette.asBuiltIn(kind)) {
        continue;
      }
      Color colour = Colours.parse(kind.colour(), Color.GRAY);
      String selector = ".document-area ." + styleClass(kind.id());
      css.append(selector)
          .append(" { -rtfx-background-color: ")
          .append(Colours.web(LIGHT_SURFACE.interpolate(colour, 0.16)))
          .append("; }\n.root.dark ")
          .append(selector)
          .append(" { -rtfx-background-color: ")
          .append(Colours.web(DARK_SURFACE.interpolate(colour, 0.3)))
          .append("; }\n.root.high-contrast ")
          .append(selector)
          .append(" { -rtfx-background-color: ")
          .append(Colours.web(RelationPalette.tintOf(colour, Theme.Look.HIGH_CONTRAST)))
          .append("; }\n");
    }
    return css.toString();
  }

  /** {@code css} as a stylesheet address a scene can load. */
  public static String stylesheet(String css) {
    return "data:text/css;base64,"
        + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
  }
}
