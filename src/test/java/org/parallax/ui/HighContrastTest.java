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
      assertThat(Wcag.contrast(colours.get(name), colours.get("-color-bg-default")))
          .as(name)
          .isGreaterThanOrEqualTo(7);
    }
  }

  @Test
  void textOnTheAccentIsBlackOnYellow() throws IOException {
    Map<String, String> colours = tokens();

    assertThat(
            Wcag.contrast(colours.get("-color-fg-emphasis"), colours.get("-color-accent-emphasis")))
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
      assertThat(Wcag.contrast(colours.get("-color-fg-default"), colours.get(name)))
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
}
