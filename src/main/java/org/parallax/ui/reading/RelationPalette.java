package org.parallax.ui.reading;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.paint.Color;
import org.parallax.model.Codebook;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.ui.Theme;
import org.parallax.ui.support.Colours;

/**
 * The one place the four built-in relations get their on-screen colours, per look: the mark
 * (ribbons, legend, the stylesheet's {@code -px-agree} …) and the pale or deep tint of a linked
 * claim ({@code -px-agree-bg} …). The marks were chosen so that every pair stays apart for readers
 * with deuteranopia or protanopia (RelationPaletteTest simulates both). A codebook colour the
 * reader changed is shown as they chose it. Each relation also has a letter and an underline
 * pattern, so colour is never the only thing that tells relations apart.
 */
public final class RelationPalette {
  /** The reading surface of each look, under the tints. */
  private static final Map<Theme.Look, Color> SURFACES =
      Map.of(
          Theme.Look.LIGHT, Color.WHITE,
          Theme.Look.DARK, Color.web("#2e3440"),
          Theme.Look.HIGH_CONTRAST, Color.BLACK);

  /** How much of the mark a claim's tint takes, per look. */
  private static final Map<Theme.Look, Double> TINT_SHARE =
      Map.of(Theme.Look.LIGHT, 0.2, Theme.Look.DARK, 0.3, Theme.Look.HIGH_CONTRAST, 0.3);

  /** Marks per relation: light, dark, high contrast. */
  private static final Map<String, String[]> MARKS = new LinkedHashMap<>();

  static {
    MARKS.put("agree", new String[] {"#0b84d9", "#a4d3f2", "#6097fd"});
    MARKS.put("contradict", new String[] {"#b3261e", "#f09b93", "#e17c60"});
    MARKS.put("reframe", new String[] {"#6a1b9a", "#dc6fff", "#eebad7"});
    MARKS.put("partial", new String[] {"#a88000", "#fde048", "#fdf249"});
  }

  private static final Codebook BUILT_IN = Codebook.defaults();

  private RelationPalette() {}

  /** The built-in relations the palette colours, in codebook order. */
  public static Iterable<String> relations() {
    return MARKS.keySet();
  }

  /** The mark of built-in relation {@code id} in {@code look}. */
  public static Color mark(String id, Theme.Look look) {
    return Color.web(MARKS.get(id)[look.ordinal()]);
  }

  /** The tint of a claim linked with built-in relation {@code id} in {@code look}. */
  public static Color tint(String id, Theme.Look look) {
    return tintOf(mark(id, look), look);
  }

  /** The reading surface of {@code look}. */
  public static Color surface(Theme.Look look) {
    return SURFACES.get(look);
  }

  /** A tint of {@code mark} on the surface of {@code look}. */
  static Color tintOf(Color mark, Theme.Look look) {
    return surface(look).interpolate(mark, TINT_SHARE.get(look));
  }

  /** Whether {@code kind} is a built-in relation in its built-in codebook colour. */
  public static boolean asBuiltIn(TagKind kind) {
    return MARKS.containsKey(kind.id())
        && BUILT_IN
            .find(TagTarget.LINK, kind.id())
            .map(k -> k.colour().equalsIgnoreCase(kind.colour()))
            .orElse(false);
  }

  /**
   * The colour {@code kind} is drawn in: the palette's for a built-in relation in its built-in
   * colour, else its codebook colour, lighter off the light look as codebook colours are chosen for
   * light backgrounds.
   */
  public static Color shown(TagKind kind, Color fallback, Theme.Look look) {
    if (asBuiltIn(kind)) {
      return mark(kind.id(), look);
    }
    Color base = Colours.parse(kind.colour(), fallback);
    return look == Theme.Look.LIGHT ? base : base.interpolate(Color.WHITE, 0.35);
  }

  /** The letter a ribbon shows for {@code kind}: its label's first letter (A, C, R, P). */
  public static String letter(TagKind kind) {
    String label = kind.label().isBlank() ? kind.id() : kind.label().strip();
    return label.substring(0, label.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
  }

  /** The stylesheet tokens of the palette, for the three looks (the high-contrast one last). */
  public static String tokensCss() {
    StringBuilder css = new StringBuilder();
    String[] selectors = {".root", ".root.dark", ".root.high-contrast"};
    for (Theme.Look look : Theme.Look.values()) {
      css.append(selectors[look.ordinal()]).append(" {\n");
      for (String id : MARKS.keySet()) {
        css.append("  -px-")
            .append(id)
            .append(": ")
            .append(Colours.web(mark(id, look)))
            .append(";\n  -px-")
            .append(id)
            .append("-bg: ")
            .append(Colours.web(tint(id, look)))
            .append(";\n");
      }
      css.append("}\n");
    }
    return css.toString();
  }

  /** {@link #tokensCss} as a stylesheet address a scene can load. */
  public static String stylesheet() {
    return RelationTints.stylesheet(tokensCss());
  }
}
