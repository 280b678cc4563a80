package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The high-contrast look's colours for text and marks against its black surface. */
class HighContrastTest {
  @Test
  void everyColourForTextOrMarksStandsOutSevenToOneOnBlack() throws IOException {
    Map<String, String> colours = tokens();
    String[] forText = {
      "-color-fg-default", "-color-fg-muted", "-color-fg-subtle", "-color-border-default",
      "-color-border-muted", "-color-border-subtle", "-color-accent-fg", "-color-accent-emphasis",
      "-color-danger-fg", "-px-framing"
    };

    for (String name : forText) {
      assertThat(colours).containsKey(name);
      assertThat(contrast(colours.get(name), colours.get("-color-bg-default")))
          .as(name)
          .isGreaterThanOrEqualTo(7);
    }
  }

  @Test
  void textOnTheAccentIsBlackOnYellow() throws IOException {
    Map<String, String> colours = tokens();

    assertThat(contrast(colours.get("-color-fg-emphasis"), colours.get("-color-accent-emphasis")))
        .isGreaterThanOrEqualTo(7);
  }

  @Test
  void everyClaimHighlightAndTheSelectionKeepWhiteTextAtSevenToOne() throws IOException {
    Map<String, String> colours = tokens();
    String[] underText = {
      "-px-band",
      "-px-selected",
      "-px-partner",
      "-px-partner-best",
      "-px-runner-up",
      "-px-chosen",
      "-px-other-bg",
      "-px-found",
      "-px-drop",
      "-px-note-bg",
      "-px-text-selection"
    };

    for (String name : underText) {
      assertThat(colours).containsKey(name);
      assertThat(contrast(colours.get("-color-fg-default"), colours.get(name)))
          .as(name)
          .isGreaterThanOrEqualTo(7);
    }
  }

  private static Map<String, String> tokens() throws IOException {
    String css;
    try (InputStream in = HighContrastTest.class.getResourceAsStream("high-contrast.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile("(-[a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(css);
    Map<String, String> found = new LinkedHashMap<>();
    while (m.find()) {
      found.put(m.group(1), m.group(2));
    }
    return found;
  }

  /** The WCAG contrast ratio of two colours written like {@code #24272b}. */
  static double contrast(String one, String other) {
    double a = luminance(one);
    double b = luminance(other);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
