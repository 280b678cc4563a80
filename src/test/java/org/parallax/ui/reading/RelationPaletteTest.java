package org.parallax.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.model.Codebook;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.ui.Theme;
import org.parallax.ui.Wcag;

/**
 * The built-in relation colours, as {@link RelationPalette} gives them to every look, for readers
 * with colour-blindness: deuteranopia and protanopia simulated with the matrices of Machado,
 * Oliveira and Fernandes (2009) at severity 1.0, applied to linear RGB; distances are CIEDE2000 in
 * CIELAB (D65).
 */
class RelationPaletteTest {
  /** Every pair of ribbon colours stays at least this far apart (ΔE00; 2.3 is just noticeable). */
  private static final double MARKS_APART = 12;

  /**
   * Claim tints are pale: they need only be noticeably apart, their underline pattern does more.
   */
  private static final double TINTS_APART = 2;

  private static final double[][] PROTANOPIA = {
    {0.152286, 1.052583, -0.204868},
    {0.114503, 0.786281, 0.099216},
    {-0.003882, -0.048116, 1.051998}
  };
  private static final double[][] DEUTERANOPIA = {
    {0.367322, 0.860646, -0.227968},
    {0.280085, 0.672501, 0.047413},
    {-0.011820, 0.042940, 0.968881}
  };
  private static final double[][] TYPICAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

  /** The theme's text colour on each look: Nord Light's and Nord Dark's, and white. */
  private static Color text(Theme.Look look) {
    return switch (look) {
      case LIGHT -> Color.web("#2e3440");
      case DARK -> Color.web("#eceff4");
      case HIGH_CONTRAST -> Color.WHITE;
    };
  }

  @ParameterizedTest
  @EnumSource(Theme.Look.class)
  void everyPairOfRibbonColoursStaysApartForDeuteranopesAndProtanopes(Theme.Look look) {
    for (double[][] vision : List.of(TYPICAL, DEUTERANOPIA, PROTANOPIA)) {
      List<String> ids = ids();
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          Color one = RelationPalette.mark(ids.get(i), look);
          Color other = RelationPalette.mark(ids.get(j), look);
          assertThat(deltaE2000(lab(simulate(one, vision)), lab(simulate(other, vision))))
              .as("%s / %s in %s, %s", ids.get(i), ids.get(j), look, name(vision))
              .isGreaterThanOrEqualTo(MARKS_APART);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Theme.Look.class)
  void everyPairOfClaimTintsStaysNoticeablyApartForDeuteranopesAndProtanopes(Theme.Look look) {
    for (double[][] vision : List.of(TYPICAL, DEUTERANOPIA, PROTANOPIA)) {
      List<String> ids = ids();
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          Color one = RelationPalette.tint(ids.get(i), look);
          Color other = RelationPalette.tint(ids.get(j), look);
          assertThat(deltaE2000(lab(simulate(one, vision)), lab(simulate(other, vision))))
              .as("%s / %s in %s, %s", ids.get(i), ids.get(j), look, name(vision))
              .isGreaterThanOrEqualTo(TINTS_APART);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Theme.Look.class)
  void ribbonColoursStandOutFromTheSurfaceAndTintsKeepTheTextReadable(Theme.Look look) {
    // Graphics need 3:1 (WCAG 1.4.11); the high-contrast look asks 7:1 of everything.
    double marks = look == Theme.Look.HIGH_CONTRAST ? 7 : 3;
    double text = look == Theme.Look.HIGH_CONTRAST ? 7 : 4.5;
    for (String id : ids()) {
      assertThat(Wcag.contrast(RelationPalette.mark(id, look), RelationPalette.surface(look)))
          .as("%s mark in %s", id, look)
          .isGreaterThanOrEqualTo(marks);
      assertThat(Wcag.contrast(text(look), RelationPalette.tint(id, look)))
          .as("text on %s tint in %s", id, look)
          .isGreaterThanOrEqualTo(text);
    }
  }

  @Test
  void everyBuiltInRelationHasItsOwnLetter() {
    List<String> letters = new ArrayList<>();
    for (TagKind kind : Codebook.defaults().kinds(TagTarget.LINK)) {
      letters.add(RelationPalette.letter(kind));
    }

    assertThat(letters).containsExactly("A", "C", "R", "P");
  }

  @Test
  void theStylesheetTokensAreThePalettesForEveryLook() {
    String css = RelationPalette.tokensCss();

    assertThat(css)
        .contains(".root.high-contrast {")
        .contains("-px-agree: " + web(RelationPalette.mark("agree", Theme.Look.HIGH_CONTRAST)))
        .contains("-px-partial-bg: " + web(RelationPalette.tint("partial", Theme.Look.DARK)));
  }

  @Test
  void aRelationTheReaderRecolouredKeepsTheirColour() {
    TagKind recoloured = new TagKind("agree", TagTarget.LINK, "Agree", "#123456", "");

    assertThat(RelationPalette.shown(recoloured, Color.GRAY, Theme.Look.LIGHT))
        .isEqualTo(Color.web("#123456"));
  }

  private static List<String> ids() {
    List<String> ids = new ArrayList<>();
    RelationPalette.relations().forEach(ids::add);
    assertThat(ids).hasSize(4);
    return ids;
  }

  private static String web(Color c) {
    return org.parallax.ui.support.Colours.web(c);
  }

  private static String name(double[][] vision) {
    return vision == PROTANOPIA
        ? "protanopia"
        : vision == DEUTERANOPIA ? "deuteranopia" : "typical";
  }

  /** Linear RGB of {@code c} as a reader with {@code vision} sees it. */
  private static double[] simulate(Color c, double[][] vision) {
    double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
    double[] seen = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = 0;
      for (int j = 0; j < 3; j++) {
        v += vision[i][j] * rgb[j];
      }
      seen[i] = Math.max(0, Math.min(1, v));
    }
    return seen;
  }

  private static double linear(double c) {
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** CIELAB (D65) of linear RGB. */
  private static double[] lab(double[] rgb) {
    double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
    double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
    double fx = f(x / 0.95047);
    double fy = f(y);
    double fz = f(z / 1.08883);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  private static double f(double t) {
    return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }

  /** CIEDE2000 (Sharma, Wu and Dalal 2005), with kL = kC = kH = 1. */
  static double deltaE2000(double[] one, double[] other) {
    double l1 = one[0];
    double a1 = one[1];
    double b1 = one[2];
    double l2 = other[0];
    double a2 = other[1];
    double b2 = other[2];
    double cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
    double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + Math.pow(25, 7))));
    double a1p = (1 + g) * a1;
    double a2p = (1 + g) * a2;
    double c1p = Math.hypot(a1p, b1);
    double c2p = Math.hypot(a2p, b2);
    double h1p = hue(b1, a1p);
    double h2p = hue(b2, a2p);
    double dLp = l2 - l1;
    double dCp = c2p - c1p;
    double dhp;
    if (c1p * c2p == 0) {
      dhp = 0;
    } else if (Math.abs(h2p - h1p) <= 180) {
      dhp = h2p - h1p;
    } else if (h2p - h1p > 180) {
      dhp = h2p - h1p - 360;
    } else {
      dhp = h2p - h1p + 360;
    }
    double dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dhp / 2));
    double lBarP = (l1 + l2) / 2;
    double cBarP = (c1p + c2p) / 2;
    double hBarP;
    if (c1p * c2p == 0) {
      hBarP = h1p + h2p;
    } else if (Math.abs(h1p - h2p) <= 180) {
      hBarP = (h1p + h2p) / 2;
    } else if (h1p + h2p < 360) {
      hBarP = (h1p + h2p + 360) / 2;
    } else {
      hBarP = (h1p + h2p - 360) / 2;
    }
    double t =
        1
            - 0.17 * Math.cos(Math.toRadians(hBarP - 30))
            + 0.24 * Math.cos(Math.toRadians(2 * hBarP))
            + 0.32 * Math.cos(Math.toRadians(3 * hBarP + 6))
            - 0.20 * Math.cos(Math.toRadians(4 * hBarP - 63));
    double dTheta = 30 * Math.exp(-Math.pow((hBarP - 275) / 25, 2));
    double rc = 2 * Math.sqrt(Math.pow(cBarP, 7) / (Math.pow(cBarP, 7) + Math.pow(25, 7)));
    double sl = 1 + 0.015 * Math.pow(lBarP - 50, 2) / Math.sqrt(20 + Math.pow(lBarP - 50, 2));
    double sc = 1 + 0.045 * cBarP;
    double sh = 1 + 0.015 * cBarP * t;
    double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
    return Math.sqrt(
        Math.pow(dLp / sl, 2)
            + Math.pow(dCp / sc, 2)
            + Math.pow(dHp / sh, 2)
            + rt * (dCp / sc) * (dHp / sh));
  }

  private static double hue(double b, double a) {
    double h = Math.toDegrees(Math.atan2(b, a));
    return h < 0 ? h + 360 : h;
  }

  @Test
  void theColourDistanceAgreesWithSharmasPublishedPair() {
    // Sharma, Wu and Dalal (2005), table 1, pair 1: ΔE00 = 2.0425.
    assertThat(deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}))
        .isCloseTo(2.0425, org.assertj.core.data.Offset.offset(1e-4));
  }
}
