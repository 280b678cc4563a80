package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

  private final FeatureExtractor extractor = new FeatureExtractor(EquivalenceLexicon.bundled());

  @Test
  void datesWrittenEitherWayGetTheSameKey() {
    assertThat(extractor.extract("It began on September 19th, 2023.").dates())
        .containsKey("19 September");
    assertThat(extractor.extract("It began on 19 September.").dates()).containsKey("19 September");
    assertThat(extractor.extract("It began on Sept. 19.").dates()).containsKey("19 September");
  }

  @Test
  void aDayWrittenAsAnOrdinalWordIsADate() {
    assertThat(extractor.extract("On the twentieth of March the board met.").dates())
        .containsEntry("20 March", "twentieth of March");
    assertThat(extractor.extract("Until the Second of August, cars crossed.").dates())
        .containsKey("2 August");
    assertThat(extractor.extract("On the twenty-first of June.").dates()).containsKey("21 June");
    // Without "of" an ordinal is not a day: the second March protest.
    assertThat(extractor.extract("The second March protest was larger.").dates()).isEmpty();
    // The ordinal of a date is not also counted as a number.
    assertThat(extractor.extract("On the twentieth of March.").numbers()).isEmpty();
  }

  @Test
  void numbersInDigitsAndInWordsGetTheSameKey() {
    assertThat(extractor.extract("The cost is £14 million.").numbers()).containsKey("14000000");
    assertThat(extractor.extract("It costs fourteen million pounds.").numbers())
        .containsKey("14000000");
    assertThat(extractor.extract("A 19-metre wall and 150,000 people.").numbers())
        .containsKeys("19", "150000");
    assertThat(extractor.extract("Twenty-two died.").numbers()).containsKey("22");
  }

  @Test
  void contestedNamesBecomeOneReferentTerm() {
    ClaimFeatures a = extractor.extract("Shelling hit Khankendi.");
    ClaimFeatures b = extractor.extract("Shelling hit Stepanakert.");

    assertThat(a.terms()).isEqualTo(b.terms());
    String referent = a.terms().get(a.terms().size() - 1);
    assertThat(a.names()).containsEntry(referent, "Khankendi");
    assertThat(b.names()).containsEntry(referent, "Stepanakert");
  }

  @Test
  void properNamesAreCapitalisedWordsButNotSentenceOpenersOrMonths() {
    ClaimFeatures f = extractor.extract("However, in October Laurence Broers spoke in Brussels.");

    assertThat(f.names()).containsOnlyKeys("laurence", "broers", "brussels");
    assertThat(f.names().get("broers")).isEqualTo("Laurence Broers");
  }

  @Test
  void initialsLettersOfAcronymsAndShortTitlesAreNotNames() {
    ClaimFeatures f =
        extractor.extract("The U.S. envoy J. R. Brown met Gen. Petrosyan and Amartya Sen today.");

    assertThat(f.names()).containsOnlyKeys("brown", "petrosyan", "amartya", "sen");
  }

  @Test
  void termsAreStemmedWithoutStopWords() {
    assertThat(extractor.extract("The talks were failing").terms()).containsExactly("talk", "fail");
  }

  @Test
  void anOpeningCapitalisedWordCountsAsANameOnlyWhereItIsCapitalisedInsideAClaim() {
    FeatureExtractor fx = extractor;
    Corpus corpus =
        new Corpus(
            java.util.List.of(fx.extract("Baku closed the road."), fx.extract("Shelling began.")),
            java.util.List.of(fx.extract("Officials in Baku denied it.")),
            null);

    assertThat(corpus.nameKeys(corpus.features(0))).containsExactly("baku");
    assertThat(corpus.nameKeys(corpus.features(1))).isEmpty();
  }

  @Test
  void aPossessiveShowsAsTheNameAlone() {
    assertThat(extractor.extract("Nobody heard Pashinyan\u2019s answer or Baku's.").surfaces())
        .containsValues("Pashinyan", "Baku")
        .doesNotContainValue("Pashinyan\u2019s");
  }
}
