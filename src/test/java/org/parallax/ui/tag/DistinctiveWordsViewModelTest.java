package org.parallax.ui.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentSettings;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.framing.Term;
import org.parallax.framing.TermPlaces;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.segment.Segmenter;
import org.parallax.ui.align.AlignmentViewModel;
import org.parallax.ui.support.BackgroundRunner;

class DistinctiveWordsViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);
  private static final String A =
      "Khankendi welcomed the reintegration plan. Reintegration of the residents began in"
          + " Khankendi. The residents stayed.";
  private static final String B =
      "Stepanakert emptied in days. People fled Stepanakert. The people of Stepanakert left their"
          + " homes.";

  private final ComparisonSession session = new ComparisonSession();
  private final List<Runnable> runs = new ArrayList<>();
  private TaggingViewModel tagging;
  private DistinctiveWordsViewModel words;

  @BeforeEach
  void showTheComparison() {
    BackgroundRunner counting =
        new BackgroundRunner(
            work -> {
              runs.add(work);
              work.run();
            },
            Runnable::run);
    AlignmentViewModel alignment =
        new AlignmentViewModel(
            Segmenter::new,
            () -> new Aligner(AlignmentSettings.defaults().withLexicalOnly(true)),
            BackgroundRunner.inPlace(),
            CLOCK,
            session);
    tagging =
        new TaggingViewModel(session, alignment, BackgroundRunner.inPlace(), CLOCK, notice -> {});
    tagging.annotatorProperty().set("Ada");
    words = new DistinctiveWordsViewModel(tagging, counting);
    alignment.show(comparison(A, B), true);
    words.refresh();
  }

  @Test
  void eachSidesListHoldsTheWordsItUsesAndTheOtherAvoids() {
    assertThat(names(words.a())).contains("Khankendi", "reintegration", "residents");
    assertThat(names(words.b())).contains("Stepanakert", "people");
    assertThat(names(words.a())).doesNotContain("Stepanakert", "people");
    assertThat(words.statusProperty().get()).isEmpty();
    assertThat(runs).hasSize(2); // the lists, and the index of where their words are
  }

  @Test
  void aPhraseUsedOnceIsListedWhenTheReadersLexiconNamesIt() throws Exception {
    EquivalenceLexicon readers =
        EquivalenceLexicon.bundled().with(new StringReader("reintegration plan\tforced exodus\n"));
    DistinctiveWordsViewModel withReaders =
        new DistinctiveWordsViewModel(tagging, BackgroundRunner.inPlace());
    withReaders.useLexicon(() -> readers);

    withReaders.refresh();

    assertThat(names(withReaders.a())).contains("reintegration plan");
    assertThat(names(words.a())).doesNotContain("reintegration plan");
  }

  @Test
  void aNameTheReaderAddsToTheLexiconIsFoundWhenTheTabShowsAgain() throws Exception {
    EquivalenceLexicon[] readers = {EquivalenceLexicon.bundled()};
    DistinctiveWordsViewModel withReaders =
        new DistinctiveWordsViewModel(tagging, BackgroundRunner.inPlace());
    withReaders.useLexicon(() -> readers[0]);
    withReaders.refresh();
    assertThat(names(withReaders.a())).doesNotContain("reintegration plan");

    readers[0] =
        EquivalenceLexicon.bundled().with(new StringReader("reintegration plan\tforced exodus\n"));
    withReaders.refresh();

    assertThat(names(withReaders.a())).contains("reintegration plan");
  }

  @Test
  void aTagEditDoesNotFindTheWordsAgain() {
    tagging.tagTerm(Side.A, 0, "Khankendi".length(), "other");
    words.refresh(); // the lexicon is the one the lists were found with

    assertThat(runs).hasSize(2);
    assertThat(names(words.a())).contains("Khankendi");
  }

  @Test
  void swappingTheSidesSwapsTheListsWithoutFindingThemAgain() {
    List<String> a = names(words.a());
    List<String> b = names(words.b());

    tagging.edit(edits -> c -> edits.swapSides(c));
    words.refresh();

    assertThat(names(words.a())).isEqualTo(b);
    assertThat(names(words.b())).isEqualTo(a);
    assertThat(words.a().get(0).z()).isPositive();
    assertThat(runs).hasSize(2);
  }

  @Test
  void newTextsAreFoundAgain() {
    tagging.session().reset(comparison(B, "Khankendi and residents."), true);
    words.refresh();

    assertThat(runs).hasSize(4);
    assertThat(names(words.a())).contains("Stepanakert");
  }

  @Test
  void aPickedWordIsFoundInBothEssaysAndForgottenOnRequest() {
    words.pick(Side.A, term(words.a(), "residents"));

    TermPlaces.Found found = words.foundProperty().get();
    assertThat(texts(A, found.a())).containsExactly("residents", "residents");
    assertThat(found.b()).isEmpty();
    assertThat(words.currentProperty().get()).isEqualTo(Side.A);

    words.pick(Side.B, term(words.b(), "people"));
    assertThat(texts(B, words.foundProperty().get().b())).containsExactly("People", "people");
    assertThat(words.foundProperty().get().a()).isEmpty();

    words.forgetPicks();
    assertThat(words.foundProperty().get().isEmpty()).isTrue();
    assertThat(words.pickedProperty(Side.A).get()).isNull();
  }

  @Test
  void aWordPickedBeforeItsPlacesAreIndexedIsShownOnceTheyAreAndCannotBeTaggedBefore() {
    List<Runnable> waiting = new ArrayList<>();
    DistinctiveWordsViewModel later =
        new DistinctiveWordsViewModel(tagging, new BackgroundRunner(waiting::add, Runnable::run));
    later.refresh();
    assertThat(later.statusProperty().get()).isNotEmpty();
    assertThat(waiting).hasSize(2);
    waiting.get(0).run(); // the lists are found first

    later.pick(Side.A, term(later.a(), "residents"));
    assertThat(later.foundProperty().get().isEmpty()).isTrue();
    assertThat(later.canPromote().get()).isFalse();
    waiting.get(1).run();

    assertThat(texts(A, later.foundProperty().get().a())).containsExactly("residents", "residents");
    assertThat(later.canPromote().get()).isTrue();
  }

  @Test
  void aSwapWhileTheListsAreBeingFoundShowsThemSwapped() {
    List<Runnable> waiting = new ArrayList<>();
    DistinctiveWordsViewModel later =
        new DistinctiveWordsViewModel(tagging, new BackgroundRunner(waiting::add, Runnable::run));
    later.refresh();

    tagging.edit(edits -> c -> edits.swapSides(c));
    later.refresh();
    waiting.forEach(Runnable::run);

    assertThat(waiting).hasSize(2);
    assertThat(names(later.a())).contains("Stepanakert").doesNotContain("Khankendi");
    assertThat(names(later.b())).contains("Khankendi");
    later.pick(Side.B, term(later.b(), "residents"));
    assertThat(texts(A, later.foundProperty().get().b())).containsExactly("residents", "residents");
  }

  @Test
  void aNameTheLexiconKnowsIsOfferedWithItsFrameAndAnyOtherWordWithOther() {
    words.pick(Side.A, term(words.a(), "Khankendi"));
    assertThat(words.frameProperty().get().id()).isEqualTo("cultural_identity");

    words.pick(Side.A, term(words.a(), "residents"));
    assertThat(words.frameProperty().get().id()).isEqualTo("other");
  }

  @Test
  void promotingTagsEveryOccurrenceWithTheChosenFrameAndOneUndoTakesItBack() {
    words.pick(Side.A, term(words.a(), "residents"));
    words.frameProperty().set(frame("security"));

    words.promote();

    List<TermTag> terms = session.currentProperty().get().terms();
    assertThat(tagged(terms)).containsExactly("A:residents:security", "A:residents:security");
    session.undo();
    assertThat(session.currentProperty().get().terms()).isEmpty();
  }

  @Test
  void pairingTagsTheWordChosenInEachListAndPairsThem() {
    words.pick(Side.B, term(words.b(), "Stepanakert"));
    words.pick(Side.A, term(words.a(), "Khankendi"));
    assertThat(words.canPair().get()).isTrue();

    words.pair();

    List<TermTag> terms = session.currentProperty().get().terms();
    assertThat(tagged(terms))
        .containsExactlyInAnyOrder(
            "A:Khankendi:cultural_identity",
            "A:Khankendi:cultural_identity",
            "B:Stepanakert:cultural_identity",
            "B:Stepanakert:cultural_identity",
            "B:Stepanakert:cultural_identity");
    TermTag first = at(terms, Side.A, A.indexOf("Khankendi"));
    TermTag partner = at(terms, Side.B, B.indexOf("Stepanakert"));
    assertThat(first.pairedWith()).isEqualTo(partner.id());
    assertThat(partner.pairedWith()).isEqualTo(first.id());
    session.undo();
    assertThat(session.currentProperty().get().terms()).isEmpty();
  }

  @Test
  void withoutAWordInEachListNothingIsPaired() {
    words.pick(Side.A, term(words.a(), "Khankendi"));

    assertThat(words.canPair().get()).isFalse();
    words.pair();
    assertThat(session.currentProperty().get().terms()).isEmpty();
  }

  private static TermTag at(List<TermTag> terms, Side side, int start) {
    return terms.stream()
        .filter(t -> t.side() == side && t.start() == start)
        .findFirst()
        .orElseThrow();
  }

  private List<String> tagged(List<TermTag> terms) {
    Comparison c = session.currentProperty().get();
    return terms.stream()
        .map(t -> t.side() + ":" + c.document(t.side()).slice(t.start(), t.end()) + ":" + t.frame())
        .toList();
  }

  private org.parallax.model.TagKind frame(String id) {
    return words.frames().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
  }

  private static Term term(List<Term> list, String words) {
    return list.stream()
        .filter(t -> t.term().equalsIgnoreCase(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError(words + " is not listed in " + names(list)));
  }

  private static List<String> names(List<Term> list) {
    return list.stream().map(Term::term).map(lowerUnlessName()).toList();
  }

  /** Names keep their capital; other words are compared in lower case. */
  private static Function<String, String> lowerUnlessName() {
    return w ->
        w.equals("Khankendi") || w.equals("Stepanakert") ? w : w.toLowerCase(java.util.Locale.ROOT);
  }

  private static List<String> texts(String text, List<TermPlaces.Place> places) {
    return places.stream().map(p -> text.substring(p.start(), p.end())).toList();
  }

  private static Comparison comparison(String a, String b) {
    return new Comparison(
        "words",
        "",
        document(a),
        document(b),
        List.of(),
        List.of(),
        List.of(),
        Codebook.defaults(),
        Instant.EPOCH,
        Instant.EPOCH);
  }

  private static Document document(String text) {
    return new Document(
        text,
        List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())),
        DocumentMetadata.EMPTY,
        List.of());
  }
}
