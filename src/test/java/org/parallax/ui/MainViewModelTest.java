package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.WindowSettings;

class MainViewModelTest {
  @TempDir Path folder;
  private MainViewModel viewModel;

  @BeforeEach
  void startWithTheSeed() {
    viewModel = TestViewModels.main(BackgroundRunner.inPlace());
    viewModel.showBundledSeed();
  }

  @Test
  void aReaderThatOverflowsTheStackOrRunsOutOfMemoryIsDescribedWithoutTheErrorsName() {
    assertThat(MainViewModel.describe(new StackOverflowError(), "deep.pdf"))
        .isEqualTo(Messages.get("error.tooHeavy", "deep.pdf"))
        .doesNotContain("StackOverflowError");
    assertThat(MainViewModel.describe(new OutOfMemoryError("Java heap space"), "big.pdf"))
        .isEqualTo(Messages.get("error.tooHeavy", "big.pdf"))
        .doesNotContain("-Xmx");
  }

  @Test
  void theSeedIsOnTheLeftAndTheRightWaitsForItsNamedCounterpart() {
    assertThat(viewModel.side(Side.A).document().metadata().title())
        .isEqualTo("Military operation in Karabakh: the final battle?");
    assertThat(viewModel.side(Side.B).isEmpty()).isTrue();
    assertThat(viewModel.expectedCounterpart(Side.B))
        .hasValueSatisfying(c -> assertThat(c.title()).startsWith("A modern-day ethnic cleansing"));
    assertThat(viewModel.expectedCounterpart(Side.A)).isEmpty();
  }

  @Test
  void openingAReadableFileShowsItOnTheRightWithCounts() throws IOException {
    Path essay = write("bridge.txt", "The bridge closed in March.\n\nThe ferry came in June.\n");
    viewModel.openFile(Side.B, essay);
    Document right = viewModel.side(Side.B).document();
    assertThat(right.text()).contains("The bridge closed in March.");
    assertThat(viewModel.side(Side.B).counts().sentences()).isEqualTo(2);
    assertThat(viewModel.noticeProperty().get().error()).isFalse();
    assertThat(viewModel.busyProperty().get()).isFalse();
  }

  @Test
  void anUnreadableFileLeavesBothSidesUntouchedAndSaysWhy() throws IOException {
    Document before = viewModel.side(Side.A).document();
    Path binary = folder.resolve("picture.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
    viewModel.openFile(Side.A, binary);
    assertThat(viewModel.side(Side.A).document()).isSameAs(before);
    assertThat(viewModel.side(Side.B).isEmpty()).isTrue();
    assertThat(viewModel.noticeProperty().get().error()).isTrue();
    assertThat(viewModel.noticeProperty().get().text()).doesNotContain("Exception");
  }

  @Test
  void pastingNothingIsRefusedWithAMessage() {
    viewModel.paste("   ");
    assertThat(viewModel.side(Side.B).isEmpty()).isTrue();
    assertThat(viewModel.noticeProperty().get().text())
        .isEqualTo(Messages.get("error.clipboardEmpty"));
  }

  @Test
  void pastedTextBecomesTheCounterpart() {
    viewModel.paste("Residents of the east bank lost their road.\n\nA ferry was promised.");
    assertThat(viewModel.side(Side.B).document().text())
        .isEqualTo("Residents of the east bank lost their road.\n\nA ferry was promised.");
    assertThat(viewModel.noticeProperty().get().text())
        .isEqualTo("Pasted text opened on the right.");
  }

  @Test
  void switchingCleaningOffShowsTheRawTextAndOnAgainRestoresTheCleanedOne() {
    Document cleaned = viewModel.side(Side.A).document();
    viewModel.setCleaning(Side.A, false);
    Document raw = viewModel.side(Side.A).document();
    assertThat(raw.text()).contains("Click here").contains("Europe Solidaire Sans Fronti");
    assertThat(raw.removed()).isEmpty();
    viewModel.setCleaning(Side.A, true);
    assertThat(viewModel.side(Side.A).document().text()).isEqualTo(cleaned.text());
  }

  @Test
  void swappingSidesTwiceRestoresTheOriginalOrder() {
    viewModel.paste("A short counterpart.");
    Document left = viewModel.side(Side.A).document();
    Document right = viewModel.side(Side.B).document();
    viewModel.swapSides();
    assertThat(viewModel.side(Side.A).document()).isSameAs(right);
    assertThat(viewModel.side(Side.B).document()).isSameAs(left);
    viewModel.swapSides();
    assertThat(viewModel.side(Side.A).document()).isSameAs(left);
  }

  @Test
  void fontSizeStaysWithinItsLimits() {
    viewModel.apply(
        new WindowSettings(
            800, 600, 0.5, Double.NaN, WindowSettings.MAX_FONT, true, false, "Ada", false, false));
    viewModel.fontBigger();
    assertThat(viewModel.fontSizeProperty().get()).isEqualTo(WindowSettings.MAX_FONT);
    for (int i = 0; i < 40; i++) {
      viewModel.fontSmaller();
    }
    assertThat(viewModel.fontSizeProperty().get()).isEqualTo(WindowSettings.MIN_FONT);
  }

  @Test
  void unsavedEditsAreNotReplacedByANewEssayWhenTheReaderSaysNo() {
    viewModel.paste("On 19 September Azerbaijan began a military offensive in Karabakh.");
    Comparison tagged = tagOneLink();
    int[] asked = refusingToDiscard();
    viewModel.paste("A different essay altogether.");
    assertThat(asked[0]).isEqualTo(1);
    assertThat(viewModel.alignment().comparisonProperty().get()).isSameAs(tagged);
    assertThat(viewModel.side(Side.B).document().text()).startsWith("On 19 September");
  }

  @Test
  void aligningAgainKeepsTheReadersLinksWithoutAskingAndCanBeUndone() {
    viewModel.paste(
        "On 19 September Azerbaijan began a military offensive in Karabakh. Thousands fled"
            + " along the Lachin road.");
    Comparison tagged = tagOneLink();
    Link mine =
        tagged.links().stream()
            .filter(l -> l.relation().equals("contradict"))
            .findFirst()
            .orElseThrow();
    List<Link> dropped =
        tagged.links().stream().filter(l -> l.status() == LinkStatus.SUGGESTED).toList();
    assertThat(dropped).isNotEmpty();
    // A suggestion of a claim pair the reader has since linked by hand is not made again.
    List<Link> suggestedAgain =
        dropped.stream()
            .filter(
                l ->
                    !(l.aClaims().stream().anyMatch(mine.aClaims()::contains)
                        && l.bClaims().stream().anyMatch(mine.bClaims()::contains)))
            .toList();
    assertThat(suggestedAgain).isNotEmpty();
    Comparison withoutSuggestions =
        viewModel.tagging().edits().suggestAgain(tagged, List.of()).applyTo(tagged);
    viewModel.alignment().session().reset(withoutSuggestions, false);
    viewModel.setDiscardCheck(
        () -> {
          throw new AssertionError("aligning again keeps the reader's work, so nothing to ask");
        });

    viewModel.realign();

    Comparison again = viewModel.alignment().comparisonProperty().get();
    assertThat(again.links()).contains(mine);
    assertThat(again.links()).hasSize(1 + suggestedAgain.size());
    assertThat(again.links().stream().filter(l -> l.status() == LinkStatus.SUGGESTED))
        .extracting(Link::aClaims)
        .containsExactlyElementsOf(suggestedAgain.stream().map(Link::aClaims).toList());
    viewModel.alignment().session().undo();
    assertThat(viewModel.alignment().comparisonProperty().get()).isEqualTo(withoutSuggestions);
  }

  @Test
  void unsavedEditsAreReplacedWhenTheReaderAgrees() {
    viewModel.paste("On 19 September Azerbaijan began a military offensive in Karabakh.");
    tagOneLink();
    viewModel.setDiscardCheck(() -> true);
    viewModel.paste("A different essay altogether.");
    assertThat(viewModel.side(Side.B).document().text()).isEqualTo("A different essay altogether.");
    assertThat(viewModel.alignment().session().canUndoProperty().get()).isFalse();
  }

  @Test
  void aFreshAlignmentIsReplacedWithoutAsking() {
    viewModel.paste("On 19 September Azerbaijan began a military offensive in Karabakh.");
    viewModel.setDiscardCheck(
        () -> {
          throw new AssertionError("nothing to lose, nothing to ask");
        });
    viewModel.paste("A different essay altogether.");
    assertThat(viewModel.side(Side.B).document().text()).isEqualTo("A different essay altogether.");
  }

  @Test
  void anEssaysTitleAndPerspectiveCanBeSetAndTheChangeUndoneOnceAligned() {
    viewModel.describe(Side.A, "The final battle?", "", "Azerbaijani view");
    assertThat(viewModel.side(Side.A).document().metadata().perspective())
        .isEqualTo("Azerbaijani view");
    viewModel.paste("Thousands of Armenians fled along the Lachin road to Armenia.");
    viewModel.describe(Side.B, "  The exodus ", "", "Armenian perspective");
    Comparison described = viewModel.alignment().comparisonProperty().get();
    assertThat(described.b().metadata().title()).isEqualTo("The exodus");
    assertThat(viewModel.side(Side.B).document()).isSameAs(described.b());
    viewModel.alignment().session().undo();
    assertThat(viewModel.side(Side.B).document().metadata().perspective()).isEmpty();
  }

  @Test
  void anEssaysAuthorsAreSetFromTheNamesTypedAndTheChangeUndone() {
    viewModel.paste("Thousands of Armenians fled along the Lachin road to Armenia.");

    viewModel.describe(
        Side.B, "The exodus", "Ani Petrosyan, Tigran Sargsyan and Lilit Avetisyan", "");

    Comparison described = viewModel.alignment().comparisonProperty().get();
    assertThat(described.b().metadata().authors())
        .containsExactly("Ani Petrosyan", "Tigran Sargsyan", "Lilit Avetisyan");
    viewModel.alignment().session().undo();
    assertThat(viewModel.side(Side.B).document().metadata().authors()).isEmpty();
  }

  @Test
  void aComparisonShownWhileAlignmentRunsIsNotReplacedByItsResult() {
    List<Runnable> queued = new java.util.ArrayList<>();
    MainViewModel deferred = seedAndPasteDeferred(queued);
    runAll(queued);
    Comparison aligned = deferred.alignment().comparisonProperty().get();
    assertThat(aligned.links()).isNotEmpty();
    Comparison opened =
        deferred.tagging().edits().suggestAgain(aligned, List.of()).applyTo(aligned);

    deferred.realign(); // suggests again in the background
    deferred.alignment().show(opened, true); // meanwhile the reader opens a file
    runAll(queued);

    assertThat(deferred.alignment().comparisonProperty().get()).isSameAs(opened);
    assertThat(deferred.alignment().runningProperty().get()).isFalse();
  }

  @Test
  void claimsSplitWhileSuggestingAgainAreAlignedAsTheyAreNow() {
    List<Runnable> queued = new java.util.ArrayList<>();
    MainViewModel deferred = seedAndPasteDeferred(queued);
    runAll(queued);
    Comparison aligned = deferred.alignment().comparisonProperty().get();
    Claim first = aligned.claims(Side.A).get(0);
    int space = aligned.a().text().indexOf(' ', first.start() + 12);

    deferred.realign(); // suggests again in the background, over the claims as they are
    deferred.tagging().edit(edits -> c -> edits.splitClaim(c, first.id(), space + 1));
    Comparison split = deferred.alignment().comparisonProperty().get();
    assertThat(split.claims()).hasSize(aligned.claims().size() + 1);
    runAll(queued);

    Comparison after = deferred.alignment().comparisonProperty().get();
    assertThat(after.claims()).isEqualTo(split.claims());
    List<Link> overSplit =
        TestViewModels.LEXICAL_CHOICES
            .aligner()
            .align(
                split.a(),
                split.claims(Side.A),
                split.b(),
                split.claims(Side.B),
                org.parallax.task.Progress.NONE)
            .suggestions();
    assertThat(after.links())
        .isEqualTo(
            deferred.tagging().edits().suggestAgain(split, overSplit).applyTo(split).links());
    assertThat(deferred.alignment().session().undoTextProperty().get())
        .contains("Suggest links again");
    deferred.alignment().session().undo();
    assertThat(deferred.alignment().comparisonProperty().get()).isEqualTo(split);
  }

  @Test
  void stoppingARunSaysSoAndItsResultNeverShows() {
    List<Runnable> queued = new java.util.ArrayList<>();
    MainViewModel deferred = seedAndPasteDeferred(queued);
    while (!deferred.alignment().runningProperty().get() && !queued.isEmpty()) {
      queued.remove(0).run(); // until the pasted text is read and its alignment queued
    }
    assertThat(deferred.alignment().runningProperty().get()).isTrue();

    deferred.alignment().stop();
    runAll(queued);

    assertThat(deferred.alignment().runningProperty().get()).isFalse();
    assertThat(deferred.alignment().comparisonProperty().get()).isNull();
    assertThat(deferred.alignment().notices()).containsExactly(Messages.get("align.stopped"));
  }

  @Test
  void aHeadingBecomesAClaimWhenTheReaderSaysSo() {
    viewModel.paste("On 19 September Azerbaijan began a military offensive in Karabakh.");
    Comparison aligned = viewModel.alignment().comparisonProperty().get();
    org.parallax.model.Block heading =
        aligned.a().blocks().stream()
            .filter(b -> b.kind() == org.parallax.model.BlockKind.HEADING)
            .findFirst()
            .orElseThrow();
    assertThat(aligned.claims(Side.A)).noneMatch(c -> c.start() == heading.start());

    viewModel.tagging().claimSelection(Side.A, heading.start(), heading.end());

    Comparison after = viewModel.alignment().comparisonProperty().get();
    Claim made =
        after.claims(Side.A).stream()
            .filter(c -> c.start() == heading.start() && c.end() == heading.end())
            .findFirst()
            .orElseThrow();
    assertThat(aligned.claim(made.id())).isEmpty();
    viewModel.tagging().claimSelection(Side.A, heading.start(), heading.end());
    assertThat(viewModel.noticeProperty().get().text()).contains("overlaps claim " + made.id());
    viewModel.alignment().session().undo();
    assertThat(viewModel.alignment().comparisonProperty().get()).isEqualTo(aligned);
  }

  /**
   * A view-model whose background work waits in {@code queued} until a test runs it, showing the
   * seed and a pasted counterpart (not yet read).
   */
  private static MainViewModel seedAndPasteDeferred(List<Runnable> queued) {
    MainViewModel deferred = TestViewModels.main(new BackgroundRunner(queued::add, Runnable::run));
    deferred.showBundledSeed();
    deferred.paste("On 19 September Azerbaijan began a military offensive in Karabakh.");
    return deferred;
  }

  private static void runAll(List<Runnable> queued) {
    while (!queued.isEmpty()) {
      queued.remove(0).run();
    }
  }

  @Test
  void aFileThatCannotBeReadIsReportedWithoutAskingAboutUnsavedWork() throws IOException {
    viewModel.paste("On 19 September Azerbaijan began a military offensive in Karabakh.");
    Comparison tagged = tagOneLink();
    viewModel.setDiscardCheck(
        () -> {
          throw new AssertionError("an unreadable file replaces nothing, so nothing to ask");
        });

    viewModel.openFile(Side.B, write("empty.txt", ""));

    assertThat(viewModel.noticeProperty().get().error()).isTrue();
    assertThat(viewModel.alignment().comparisonProperty().get()).isSameAs(tagged);
  }

  @Test
  void afterASwapTheReadersUnsavedLinksAreStillAskedAbout() {
    viewModel.paste("On 19 September Azerbaijan began a military offensive in Karabakh.");
    tagOneLink();
    viewModel.swapSides();
    int[] asked = refusingToDiscard();

    viewModel.paste("A different essay altogether.");

    assertThat(asked[0]).isEqualTo(1);
    assertThat(viewModel.side(Side.A).document().text()).startsWith("On 19 September");
  }

  @Test
  void aMessageIsLetGoOnceTheReaderEditsTheComparison() {
    viewModel.paste("On 19 September Azerbaijan began a military offensive in Karabakh.");
    viewModel.tagging().linkChosen("agree");
    assertThat(viewModel.noticeProperty().get().error()).isTrue();

    tagOneLink();

    assertThat(viewModel.noticeProperty().get()).isNull();
  }

  @Test
  void suggestionsCarryTheTimeTheyWereMade() {
    viewModel.paste("On 19 September Azerbaijan began a military offensive in Karabakh.");

    Comparison aligned = viewModel.alignment().comparisonProperty().get();

    assertThat(aligned.links()).isNotEmpty();
    Instant made = TestViewModels.CLOCK.instant();
    assertThat(aligned.links()).allSatisfy(l -> assertThat(l.created()).isEqualTo(made));
  }

  @Test
  void swappingSidesCarriesTheReadersLinksAcrossAsOneUndoableEdit() {
    viewModel.paste("On 19 September Azerbaijan began a military offensive in Karabakh.");
    Comparison tagged = tagOneLink();
    Link link =
        tagged.links().stream()
            .filter(l -> l.status() == LinkStatus.CONFIRMED)
            .findFirst()
            .orElseThrow();
    String leftText = viewModel.side(Side.A).document().text();
    viewModel.setDiscardCheck(
        () -> {
          throw new AssertionError("a swap keeps the reader's work and asks nothing");
        });

    viewModel.swapSides();

    Comparison swapped = viewModel.alignment().comparisonProperty().get();
    assertThat(viewModel.side(Side.B).document().text()).isEqualTo(leftText);
    assertThat(swapped.b().text()).isEqualTo(leftText);
    Link carried = swapped.links().stream().filter(l -> l.id().equals(link.id())).findFirst().get();
    assertThat(carried.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(carried.relation()).isEqualTo("contradict");
    assertThat(carried.bClaims()).containsExactly(link.aClaims().get(0).replace('A', 'B'));
    assertThat(viewModel.alignment().session().savedProperty().get()).isFalse();

    viewModel.alignment().session().undo();

    assertThat(viewModel.alignment().comparisonProperty().get()).isEqualTo(tagged);
    assertThat(viewModel.side(Side.A).document().text()).isEqualTo(leftText);

    viewModel.alignment().session().redo();

    assertThat(viewModel.side(Side.B).document().text()).isEqualTo(leftText);
    viewModel.swapSides();
    assertThat(viewModel.side(Side.A).document().text()).isEqualTo(leftText);
    assertThat(viewModel.alignment().comparisonProperty().get().links()).isEqualTo(tagged.links());
  }

  /** Makes the reader answer no to every discard question; counts the questions. */
  private int[] refusingToDiscard() {
    int[] asked = {0};
    viewModel.setDiscardCheck(
        () -> {
          asked[0]++;
          return false;
        });
    return asked;
  }

  private Comparison tagOneLink() {
    Comparison aligned = viewModel.alignment().comparisonProperty().get();
    Claim a = aligned.claims(Side.A).get(0);
    Claim b = aligned.claims(Side.B).get(0);
    viewModel.tagging().clickAt(Side.A, a.start(), false);
    viewModel.tagging().clickAt(Side.B, b.start(), false);
    viewModel.tagging().linkChosen("contradict");
    Comparison tagged = viewModel.alignment().comparisonProperty().get();
    assertThat(tagged).isNotSameAs(aligned);
    return tagged;
  }

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
