package org.parallax.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistinctiveTermsTest {

  private final DistinctiveTerms terms = DistinctiveTerms.standard();

  private static List<String> names(List<Term> list) {
    return list.stream().map(Term::term).toList();
  }

  @Test
  void phrasesWithStopWordsInsideSurviveWholeWhileStopWordEdgesAreDropped() {
    String a =
        "The so-called authorities ordered anti-terrorist measures. The so-called authorities"
            + " praised the anti-terrorist measures.";
    String b = "Observers spoke of ethnic cleansing. Ethnic cleansing, they said, had begun.";

    DistinctiveTerms.Result r = terms.between(a, b, 50);

    assertThat(names(r.a())).contains("so-called authorities", "anti-terrorist measures");
    assertThat(names(r.b())).contains("ethnic cleansing");
    assertThat(names(r.a()))
        .noneMatch(t -> t.startsWith("The ") || t.startsWith("the ") || t.endsWith(" the"));
    assertThat(names(r.b())).doesNotContain("of", "had", "they");
  }

  @Test
  void aWordUsedOnlyInsideALongerTermIsListedOnlyAsThatTerm() {
    DistinctiveTerms.Result r =
        terms.between("Ethnic cleansing. Ethnic cleansing.", "A peaceful departure.", 50);

    // "ethnic" and "cleansing" never occur outside "ethnic cleansing": the same counts, 2 and 0.
    assertThat(names(r.a())).containsExactly("Ethnic cleansing");
  }

  @Test
  void aHyphenatedWordIsOneTokenAndNotItsParts() {
    DistinctiveTerms.Result r =
        terms.between("An anti-terrorist operation began.", "Terrorist attacks were feared.", 50);

    assertThat(names(r.a()))
        .contains("anti-terrorist operation")
        .doesNotContain("anti", "terrorist");
    assertThat(r.b())
        .filteredOn(t -> t.term().equals("Terrorist"))
        .extracting(Term::countA, Term::countB)
        .containsExactly(tuple(0, 1));
  }

  @Test
  void aPhraseSeenOnlyOnceIsListedOnlyWhenTheLexiconNamesIt() {
    DistinctiveTerms.Result r =
        terms.between("Green valleys and the military offensive.", "Grey towns.", 50);

    assertThat(names(r.a())).contains("military offensive").doesNotContain("Green valleys");
  }

  @Test
  void aPhraseComesBeforeAWordWithTheSameScore() {
    DistinctiveTerms.Result r = terms.between("Apples. The military offensive.", "Grey towns.", 50);

    // "Apples" and "military offensive" are both used once in A and never in B.
    assertThat(names(r.a())).containsExactly("military offensive", "Apples");
  }

  @Test
  void azerbaijaniAndEnglishSpellingsOfANameCountAsOneTerm() {
    DistinctiveTerms.Result r =
        terms.between(
            "Buses left Yevlax. Buses reached Xankəndi.",
            "Talks in Yevlakh. Talks about Khankendi. Talks about Stepanakert.",
            50);

    List<Term> all = new ArrayList<>(r.a());
    all.addAll(r.b());
    assertThat(all)
        .filteredOn(t -> t.term().startsWith("Yevla"))
        .extracting(Term::countA, Term::countB)
        .containsExactly(tuple(1, 1));
    assertThat(all)
        .filteredOn(t -> t.term().equals("Xankəndi") || t.term().equals("Khankendi"))
        .extracting(Term::countA, Term::countB)
        .containsExactly(tuple(1, 1));
    // Another name for the same city is another word: which name an essay picks is framing.
    assertThat(r.b())
        .filteredOn(t -> t.term().equals("Stepanakert"))
        .extracting(Term::countA, Term::countB)
        .containsExactly(tuple(0, 1));
  }

  @Test
  void ofTwoWordsUsedAsOftenAWordRareInEnglishRanksAboveACommonOne() {
    String a =
        "Separatist leaders met. Major roads closed. Separatist guards left. Major towns emptied."
            + " Separatist courts ended. Major shops shut. Separatist flags fell. Major news.";
    String b = "Residents waited. Buses came at night. Families went west.";

    DistinctiveTerms.Result r = terms.between(a, b, 50);

    double separatist = zOf(r.a(), "Separatist");
    double major = zOf(r.a(), "Major");
    assertThat(separatist).isGreaterThan(major);
  }

  private static double zOf(List<Term> list, String term) {
    return list.stream().filter(t -> t.term().equals(term)).findFirst().orElseThrow().z();
  }

  @Test
  void swappingTheEssaysSwapsTheListsNegatesEveryScoreAndChangesNothingElse() {
    String a =
        "Azerbaijan carried out local anti-terrorist measures in Karabakh. The reintegration of"
            + " Armenian residents began in Yevlax. Residents of Xankəndi were offered passports.";
    String b =
        "Azerbaijan launched a military offensive on Stepanakert. The population fled in an"
            + " exodus; many called it ethnic cleansing. Talks in Yevlakh were a capitulation.";

    DistinctiveTerms.Result ab = terms.between(a, b, 30);
    DistinctiveTerms.Result ba = terms.between(b, a, 30);

    assertThat(ab.a()).isNotEmpty();
    assertThat(ab.b()).isNotEmpty();
    assertThat(ba).isEqualTo(ab.swapped());
  }
}
