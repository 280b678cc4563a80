package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Pattern KEY_USE = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"");
  private static final Path UI_SOURCES = Path.of("src/main/java/org/parallax/ui");

  @Test
  void everyKeyTheCodeAsksForIsInTheBundle() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (String key : keysUsedInCode()) {
      if (!Messages.has(key)) {
        missing.add(key);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKeyInTheBundleIsUsedByTheCode() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
      bundle.load(in);
    }
    Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
    unused.removeAll(keysUsedInCode());
    assertThat(unused).isEmpty();
  }

  @Test
  void oneOccurrenceIsNotCalledOccurrences() {
    assertThat(Messages.get("terms.offer", 1, "peacekeepers"))
        .isEqualTo("Also tag the one other occurrence of \u201cpeacekeepers\u201d?");
    assertThat(Messages.get("terms.offer", 3, "peacekeepers"))
        .isEqualTo("Also tag 3 other occurrences of \u201cpeacekeepers\u201d?");
  }

  @Test
  void argumentsAreFilledIntoTheirPlaces() {
    assertThat(Messages.get("status.loading", "essay.txt")).isEqualTo("Reading essay.txt\u2026");
  }

  private static Set<String> keysUsedInCode() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(UI_SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_USE.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  @Test
  void countsOfOneReadInTheSingular() {
    assertThat(Messages.get("file.orphans", 1))
        .isEqualTo("One tag could not be placed in the changed text and is kept as orphans.");
    assertThat(Messages.get("file.orphans", 2)).startsWith("2 tags could not be placed");
    assertThat(Messages.get("removed.header", 1)).isEqualTo("One passage was removed by cleaning.");
    assertThat(Messages.get("removed.header", 0))
        .isEqualTo("No passages were removed by cleaning.");
    assertThat(Messages.get("codebook.deleteChoiceLinks", 1))
        .isEqualTo("One link uses it. What should happen to it?");
    assertThat(Messages.get("codebook.deleteChoiceLinks", 3))
        .isEqualTo("3 links use it. What should happen to them?");
    assertThat(Messages.get("file.reimported", 1))
        .contains("one could not be placed and is listed");
  }
}
