package org.parallax.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermPlacesTest {

  private static List<String> texts(String text, List<TermPlaces.Place> places) {
    return places.stream().map(p -> text.substring(p.start(), p.end())).toList();
  }

  @Test
  void aWordIsFoundAsAWholeWordInEitherCaseAndAnyInflection() {
    String a =
        "Residents returned. The residents' council met; a resident spoke. Residential areas.";
    String b = "No RESIDENT stayed.";

    TermPlaces.Found found = TermPlaces.standard(a, b).find("residents");

    assertThat(texts(a, found.a())).containsExactly("Residents", "residents", "resident");
    assertThat(texts(b, found.b())).containsExactly("RESIDENT");
  }

  @Test
  void azerbaijaniAndEnglishSpellingsOfANameAreFoundTogether() {
    String a = "Buses reached Xankəndi. Khankendi was quiet. Şuşa and Shusha.";
    String b = "Stepanakert, not Khankendi.";

    TermPlaces places = TermPlaces.standard(a, b);

    assertThat(texts(a, places.find("Khankendi").a())).containsExactly("Xankəndi", "Khankendi");
    assertThat(texts(b, places.find("Khankendi").b())).containsExactly("Khankendi");
    assertThat(texts(a, places.find("Shusha").a())).containsExactly("Şuşa", "Shusha");
  }

  @Test
  void aPhraseIsFoundOnlyWhereItsWordsStandTogetherWithoutPunctuationBetween() {
    String a = "Ethnic cleansing began. Ethnic, cleansing. Ethnic   cleansing of Armenians.";

    TermPlaces.Found found = TermPlaces.standard(a, "").find("ethnic cleansing");

    assertThat(texts(a, found.a())).containsExactly("Ethnic cleansing", "Ethnic   cleansing");
    assertThat(found.b()).isEmpty();
  }

  @Test
  void aPossessiveIsLeftOutOfThePlace() {
    String a = "Azerbaijan's army and Azerbaijan`s border.";

    TermPlaces.Found found = TermPlaces.standard(a, "").find("Azerbaijan");

    assertThat(texts(a, found.a())).containsExactly("Azerbaijan", "Azerbaijan");
  }

  @Test
  void theNumberOfPlacesIsTheCountTheListShows() {
    String a =
        "The separatist entity met. The separatist entity refused. Reintegration, reintegration"
            + " and more reintegration of residents.";
    String b = "The people left. People fled the blockade. Many people, nearly all.";

    DistinctiveTerms.Result listed = DistinctiveTerms.standard().between(a, b, 30);
    TermPlaces places = TermPlaces.standard(a, b);

    assertThat(listed.a()).isNotEmpty();
    assertThat(listed.b()).isNotEmpty();
    for (Term term : concat(listed.a(), listed.b())) {
      TermPlaces.Found found = places.find(term.term());
      assertThat(found.a()).as(term.term()).hasSize(term.countA());
      assertThat(found.b()).as(term.term()).hasSize(term.countB());
    }
  }

  @Test
  void swappingTheTextsSwapsThePlacesAndChangesNothingElse() {
    String a = "Reintegration of residents. The residents stayed.";
    String b = "People fled. Residents? None.";

    TermPlaces.Found found = TermPlaces.standard(a, b).find("residents");
    TermPlaces.Found swapped = TermPlaces.standard(b, a).find("residents");

    assertThat(swapped).isEqualTo(found.swapped());
    assertThat(TermPlaces.standard(a, b).swapped().find("residents")).isEqualTo(swapped);
    assertThat(found.a()).hasSize(2);
    assertThat(found.b()).hasSize(1);
  }

  @Test
  void aTermThatIsNotOneRunOfWordsIsFoundNowhere() {
    TermPlaces places = TermPlaces.standard("Peace, war.", "War.");

    assertThat(places.find("peace, war").isEmpty()).isTrue();
    assertThat(places.find("  ").isEmpty()).isTrue();
    assertThat(places.find(null).isEmpty()).isTrue();
  }

  private static List<Term> concat(List<Term> x, List<Term> y) {
    return java.util.stream.Stream.concat(x.stream(), y.stream()).toList();
  }
}
