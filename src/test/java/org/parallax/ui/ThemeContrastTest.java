package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The claim bands of parallax.css (light theme first, then dark, as the stylesheet sets them)
 * against the reading surface of AtlantaFX's Nord Light and Nord Dark ({@code -color-bg-default}).
 */
class ThemeContrastTest {
  private static final String LIGHT_SURFACE = "#fafafc";
  private static final String DARK_SURFACE = "#2e3440";

  @Test
  void claimBandsStandOutInTheDarkThemeAtLeastAsMuchAsInTheLightOne() throws IOException {
    List<String> bands = tokens("-px-band");

    double light = Wcag.contrast(bands.get(0), LIGHT_SURFACE);
    double dark = Wcag.contrast(bands.get(1), DARK_SURFACE);

    assertThat(light).isGreaterThan(1.1);
    assertThat(dark).isGreaterThanOrEqualTo(light);
  }

  private static List<String> tokens(String name) throws IOException {
    String css;
    try (InputStream in = ThemeContrastTest.class.getResourceAsStream("parallax.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6});").matcher(css);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
