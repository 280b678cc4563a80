package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NextWholeWordTest {
  @Test
  void azerbaijaniAndArmenianLettersMatchTheirOtherCase() {
    String text = "The city of XANKƏNDİ, or Xankəndi; Շուշի and ՇՈՒՇԻ.";
    int capitals = text.indexOf("XANKƏNDİ");
    assertThat(TermOccurrences.nextWholeWord(text, "xankəndi", 0)).isEqualTo(capitals);
    assertThat(TermOccurrences.nextWholeWord(text, "XANKƏNDI", capitals + 1))
        .isEqualTo(text.indexOf("Xankəndi"));
    assertThat(TermOccurrences.nextWholeWord(text, "շուշի", 0)).isEqualTo(text.indexOf("Շուշի"));
    assertThat(TermOccurrences.nextWholeWord(text, "շուշի", text.indexOf("Շուշի") + 1))
        .isEqualTo(text.indexOf("ՇՈՒՇԻ"));
    assertThat(TermOccurrences.nextWholeWord(text, "Stepanakert", 0)).isEqualTo(-1);
  }

  @Test
  void aTermLongerThanTheRestOfTheTextIsNotFound() {
    assertThat(TermOccurrences.nextWholeWord("road", "roads", 0)).isEqualTo(-1);
    assertThat(TermOccurrences.nextWholeWord("road road", "road", 6)).isEqualTo(-1);
  }

  @Test
  void onlyWholeWordsCount() {
    String text = "Roadside stalls, a railroad, then (ROAD) and road.";
    int first = TermOccurrences.nextWholeWord(text, "road", 0);
    assertThat(first).isEqualTo(text.indexOf("ROAD"));
    assertThat(TermOccurrences.nextWholeWord(text, "road", first + 4))
        .isEqualTo(text.lastIndexOf("road"));
  }

  /**
   * Over texts of letters whose cases differ between alphabets, the scan finds exactly the
   * whole-word matches of a literal, case-insensitive Unicode regular expression (the way terms
   * were searched before).
   */
  @Property(tries = 1000)
  void findsTheWholeWordMatchesOfACaseInsensitiveExpression(
      @ForAll
          @StringLength(max = 40)
          @Chars({'a', 'A', 'ə', 'Ə', 'ş', 'Ş', 'i', 'İ', 'ı', 'I', ' ', ','})
          String text,
      @ForAll @StringLength(min = 1, max = 3) @Chars({'a', 'Ə', 'ş', 'i', 'I', 'ı'})
          String wanted) {
    List<Integer> expected = new ArrayList<>();
    Matcher m =
        Pattern.compile(Pattern.quote(wanted), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(text);
    while (m.find()) {
      boolean before = m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1));
      boolean after = m.end() < text.length() && Character.isLetter(text.charAt(m.end()));
      if (!before && !after) {
        expected.add(m.start());
      }
    }
    List<Integer> found = new ArrayList<>();
    for (int at = TermOccurrences.nextWholeWord(text, wanted, 0);
        at >= 0;
        at = TermOccurrences.nextWholeWord(text, wanted, at + wanted.length())) {
      found.add(at);
    }
    assertThat(found).isEqualTo(expected);
  }
}
