package org.parallax.ui.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.IndexRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Comparison;
import org.parallax.model.Orphan;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.TestViewModels;
import org.parallax.ui.support.BackgroundRunner;

class FileViewModelTest {
  @TempDir Path folder;
  private MainViewModel main;
  private FileViewModel files;

  @BeforeEach
  void alignTheSeedWithAShortCounterpart() {
    main = TestViewModels.main(BackgroundRunner.inPlace());
    files = TestViewModels.files(main, folder, BackgroundRunner.inPlace());
    main.showBundledSeed();
    main.paste(
        "On 19 September Azerbaijan began a military offensive in Karabakh.\\n\\n"
            + "Thousands of Armenians fled along the Lachin road to Armenia.");
  }

  @Test
  void aFreshAlignmentIsUnsavedUntilItIsSaved() {
    assertThat(files.unsavedProperty().get()).isTrue();
    Path target = folder.resolve("karabakh");
    files.save(target, () -> {});
    assertThat(files.unsavedProperty().get()).isFalse();
    assertThat(files.fileProperty().get()).isEqualTo(folder.resolve("karabakh.parallax.json"));
    assertThat(folder.resolve("karabakh.parallax.json")).exists();
    assertThat(files.recentFiles()).containsExactly(folder.resolve("karabakh.parallax.json"));
  }

  @Test
  void aListenerOnTheRecentFilesHearsOfEverySaveEvenAfterACollection() {
    int[] changes = {0};
    files
        .recentFiles()
        .addListener((javafx.collections.ListChangeListener<Path>) c -> changes[0]++);
    System.gc();

    files.save(folder.resolve("first"), () -> {});
    files.save(folder.resolve("second"), () -> {});

    assertThat(changes[0]).isEqualTo(2);
    assertThat(files.recentFiles()).isSameAs(files.recentFiles());
  }

  @Test
  void aFileThatCannotBeOpenedIsNamedInTheMessage() throws Exception {
    Path broken = folder.resolve("broken.parallax.json");
    java.nio.file.Files.writeString(broken, "{\"format\": ");

    files.open(broken);

    assertThat(main.noticeProperty().get().text())
        .startsWith("broken.parallax.json could not be opened.")
        .contains("ends too early");
  }

  @Test
  void openingASavedFileShowsItsComparisonAsSaved() {
    Comparison before = main.alignment().comparisonProperty().get();
    Path target = folder.resolve("saved.parallax.json");
    files.save(target, () -> {});
    main.swapSides();
    assertThat(main.alignment().comparisonProperty().get().a().text()).isEqualTo(before.b().text());

    files.open(target);
    Comparison reopened = main.alignment().comparisonProperty().get();
    assertThat(reopened.a().text()).isEqualTo(before.a().text());
    assertThat(reopened.claims()).isEqualTo(before.claims());
    assertThat(reopened.links()).isEqualTo(before.links());
    assertThat(files.unsavedProperty().get()).isFalse();
    assertThat(main.side(Side.A).cleanableProperty().get()).isFalse();
  }

  @Test
  void cancellingAnOpenLeavesTheComparisonOnScreenAndSaysSo() {
    Path target = folder.resolve("other.parallax.json");
    files.save(target, () -> {});
    main.swapSides();
    Comparison onScreen = main.alignment().comparisonProperty().get();
    List<Runnable> queued = new ArrayList<>();
    FileViewModel slow =
        TestViewModels.files(main, folder, new BackgroundRunner(queued::add, Runnable::run));

    slow.open(target);
    assertThat(slow.readingProperty().get()).isTrue();
    assertThat(slow.readingMessageProperty().get())
        .isEqualTo("Opening other.parallax.json\u2026 0 %");
    slow.cancelReading();
    queued.forEach(Runnable::run);

    assertThat(main.alignment().comparisonProperty().get()).isSameAs(onScreen);
    assertThat(slow.readingProperty().get()).isFalse();
    assertThat(slow.readingMessageProperty().get()).isEmpty();
    assertThat(main.noticeProperty().get().error()).isFalse();
    assertThat(main.noticeProperty().get().text())
        .isEqualTo(
            "Opening other.parallax.json was cancelled; the comparison on screen is unchanged.");
  }

  @Test
  void openingShowsHowFarItGotUntilEveryClaimIsPlaced() {
    Path target = folder.resolve("progress.parallax.json");
    files.save(target, () -> {});
    List<String> shown = new ArrayList<>();
    files.readingMessageProperty().addListener((obs, old, now) -> shown.add(now));

    files.open(target);

    assertThat(shown).contains("Opening progress.parallax.json\u2026 100 %");
    assertThat(shown.get(shown.size() - 1)).isEmpty();
    assertThat(files.readingProperty().get()).isFalse();
  }

  @Test
  void aDamagedFileIsReportedAndNothingOnScreenChanges() throws IOException {
    Comparison before = main.alignment().comparisonProperty().get();
    Path broken = folder.resolve("broken.parallax.json");
    Files.writeString(broken, "[1, 2, ", StandardCharsets.UTF_8);
    files.open(broken);
    assertThat(main.alignment().comparisonProperty().get()).isSameAs(before);
    assertThat(main.noticeProperty().get().error()).isTrue();
    assertThat(main.noticeProperty().get().text()).doesNotContain("Exception");
  }

  @Test
  void autosaveWritesARecoveryCopyOnlyWhileThereAreUnsavedChanges() {
    Path recovery = folder.resolve("recovery.parallax.json");
    files.autosave();
    assertThat(recovery).exists();
    files.save(folder.resolve("done.parallax.json"), () -> {});
    assertThat(recovery).doesNotExist();
    files.autosave();
    assertThat(recovery).doesNotExist();
  }

  @Test
  void recoveredWorkComesBackUnsaved() {
    Comparison before = main.alignment().comparisonProperty().get();
    files.autosave();
    MainViewModel nextRun = TestViewModels.main(BackgroundRunner.inPlace());
    FileViewModel nextFiles = TestViewModels.files(nextRun, folder, BackgroundRunner.inPlace());
    nextRun.showBundledSeed();

    nextFiles.restore(nextFiles.pendingRecovery().orElseThrow());
    Comparison restored = nextRun.alignment().comparisonProperty().get();
    assertThat(restored.b().text()).isEqualTo(before.b().text());
    assertThat(restored.links()).isEqualTo(before.links());
    assertThat(nextFiles.unsavedProperty().get()).isTrue();
  }

  @Test
  void namesWithoutAJsonEndingGetTheComparisonExtension() {
    assertThat(FileViewModel.withExtension(Path.of("a/b")).toString())
        .isEqualTo("a/b.parallax.json");
    assertThat(FileViewModel.withExtension(Path.of("c.json")).toString()).isEqualTo("c.json");
  }

  @Test
  void cancellingAReimportLeavesTheEssayOnScreenAndSaysSo() throws IOException {
    Comparison onScreen = main.alignment().comparisonProperty().get();
    Path corrected = folder.resolve("corrected.txt");
    Files.writeString(
        corrected,
        "On 19 September Azerbaijan began an assault in Karabakh.",
        StandardCharsets.UTF_8);
    List<Runnable> queued = new ArrayList<>();
    FileViewModel slow =
        TestViewModels.files(main, folder, new BackgroundRunner(queued::add, Runnable::run));

    slow.reimport(Side.B, corrected);
    assertThat(slow.readingMessageProperty().get())
        .isEqualTo("Re-importing corrected.txt\u2026 0 %");
    slow.cancelReading();
    queued.forEach(Runnable::run);

    assertThat(main.alignment().comparisonProperty().get()).isSameAs(onScreen);
    assertThat(slow.readingProperty().get()).isFalse();
    assertThat(main.noticeProperty().get().text())
        .isEqualTo("Re-importing corrected.txt was cancelled; the essay on screen is unchanged.");
  }

  @Test
  void reimportingACorrectedEssayKeepsTagsThatStillFitAndOrphansTheOthers() throws IOException {
    Comparison before = main.alignment().comparisonProperty().get();
    String text = before.b().text();
    int lachin = text.indexOf("Lachin");
    int offensive = text.indexOf("offensive");
    main.tagging().tagTerm(Side.B, lachin, lachin + "Lachin".length(), "cultural_identity");
    main.tagging().tagTerm(Side.B, offensive, offensive + "offensive".length(), "security");
    Path corrected = folder.resolve("corrected.txt");
    Files.writeString(
        corrected,
        "On 19 September Azerbaijan began an assault in Karabakh.\n\n"
            + "Thousands of Armenians fled along the Lachin road to Armenia.",
        StandardCharsets.UTF_8);

    files.reimport(Side.B, corrected);

    Comparison after = main.alignment().comparisonProperty().get();
    assertThat(after.b().text()).contains("an assault in Karabakh");
    assertThat(after.terms()).hasSize(1);
    TermTag kept = after.terms().get(0);
    assertThat(after.b().slice(kept.start(), kept.end())).isEqualTo("Lachin");
    assertThat(files.orphans()).hasSize(1);
    Orphan orphan = files.orphans().get(0);
    assertThat(orphan.kind()).isEqualTo(Orphan.Kind.TERM);
    assertThat(orphan.exact()).isEqualTo("offensive");
    assertThat(files.unsavedProperty().get()).isTrue();

    int assault = after.b().text().indexOf("assault");
    boolean attached =
        new OrphanAttacher(main.tagging(), files)
            .attach(orphan, new IndexRange(assault, assault + "assault".length()));
    assertThat(attached).isTrue();
    assertThat(files.orphans()).isEmpty();
    TermTag again =
        main.alignment().comparisonProperty().get().terms().stream()
            .filter(t -> t.start() == assault)
            .findFirst()
            .orElseThrow();
    assertThat(again.frame()).isEqualTo("security");

    main.alignment().session().undo();
    assertThat(files.orphans()).containsExactly(orphan);
    main.alignment().session().redo();
    assertThat(files.orphans()).isEmpty();
  }

  @Test
  void reimportingIsOneUndoableStepThatKeepsTheHistoryAndItsOrphans() throws IOException {
    Comparison aligned = main.alignment().comparisonProperty().get();
    int offensive = aligned.b().text().indexOf("offensive");
    main.tagging().tagTerm(Side.B, offensive, offensive + "offensive".length(), "security");
    Comparison tagged = main.alignment().comparisonProperty().get();
    Path corrected = folder.resolve("corrected.txt");
    Files.writeString(
        corrected,
        "On 19 September Azerbaijan began an assault in Karabakh.",
        StandardCharsets.UTF_8);

    files.reimport(Side.B, corrected);
    Comparison reimported = main.alignment().comparisonProperty().get();
    assertThat(files.orphans()).isNotEmpty();
    List<Orphan> orphaned = List.copyOf(files.orphans());

    main.swapSides();
    assertThat(main.noticeProperty().get().text())
        .contains("cannot be swapped", "re-import", "Orphans tab");
    assertThat(main.alignment().comparisonProperty().get()).isEqualTo(reimported);

    main.alignment().session().undo();
    assertThat(main.alignment().comparisonProperty().get()).isEqualTo(tagged);
    assertThat(main.side(Side.B).document().text()).isEqualTo(tagged.b().text());
    assertThat(files.orphans()).isEmpty();
    main.alignment().session().undo();
    assertThat(main.alignment().comparisonProperty().get().terms()).isEmpty();

    main.alignment().session().redo();
    main.alignment().session().redo();
    assertThat(main.alignment().comparisonProperty().get()).isEqualTo(reimported);
    assertThat(main.side(Side.B).document().text()).contains("an assault");
    assertThat(files.orphans()).containsExactlyElementsOf(orphaned);
  }

  @Test
  void anOrphanAttachedAgainGetsBackItsOwnIdAndCreationTime() throws IOException {
    Comparison aligned = main.alignment().comparisonProperty().get();
    int offensive = aligned.b().text().indexOf("offensive");
    main.tagging().tagTerm(Side.B, offensive, offensive + "offensive".length(), "security");
    main.tagging().tagTerm(Side.B, 0, "On".length(), "security");
    Path corrected = folder.resolve("corrected.txt");
    Files.writeString(
        corrected,
        "On 19 September Azerbaijan began an assault in Karabakh.",
        StandardCharsets.UTF_8);
    files.reimport(Side.B, corrected);
    Orphan saved =
        files.orphans().stream()
            .filter(o -> o.kind() == Orphan.Kind.TERM)
            .findFirst()
            .orElseThrow();
    // As a file written earlier would hold it: created before this run's clock.
    Orphan orphan =
        new Orphan(
            saved.kind(),
            saved.id(),
            saved.side(),
            saved.exact(),
            saved.prefix(),
            saved.suffix(),
            saved.oldStart(),
            saved.oldEnd(),
            saved
                .data()
                .replaceFirst(
                    "\"created\"\\s*:\\s*\"[^\"]*\"", "\"created\":\"2020-05-06T07:08:09Z\""));
    Comparison after = main.alignment().comparisonProperty().get();
    int assault = after.b().text().indexOf("assault");

    new OrphanAttacher(main.tagging(), files)
        .attach(orphan, new IndexRange(assault, assault + "assault".length()));

    TermTag attached =
        main.alignment().comparisonProperty().get().terms().stream()
            .filter(t -> t.start() == assault)
            .findFirst()
            .orElseThrow();
    assertThat(attached.id()).isEqualTo(orphan.id());
    assertThat(attached.created()).isEqualTo(java.time.Instant.parse("2020-05-06T07:08:09Z"));
  }

  @Test
  void anOrphanedTermAttachedAgainIsPairedWithItsOldPartner() throws IOException {
    Comparison before = main.alignment().comparisonProperty().get();
    int campaign = before.a().text().indexOf("military campaign");
    int offensive = before.b().text().indexOf("offensive");
    main.tagging().tagTerm(Side.A, campaign, campaign + "military campaign".length(), "security");
    main.tagging().tagTerm(Side.B, offensive, offensive + "offensive".length(), "security");
    List<TermTag> tagged = main.alignment().comparisonProperty().get().terms();
    String inA = tagged.stream().filter(t -> t.side() == Side.A).findFirst().orElseThrow().id();
    String inB = tagged.stream().filter(t -> t.side() == Side.B).findFirst().orElseThrow().id();
    main.tagging().edit(edits -> c -> edits.pairTerms(c, inA, inB));
    Path corrected = folder.resolve("corrected.txt");
    Files.writeString(
        corrected,
        "On 19 September Azerbaijan began an assault in Karabakh.",
        StandardCharsets.UTF_8);
    files.reimport(Side.B, corrected);
    Orphan orphan =
        files.orphans().stream()
            .filter(o -> o.kind() == Orphan.Kind.TERM)
            .findFirst()
            .orElseThrow();
    Comparison after = main.alignment().comparisonProperty().get();
    int assault = after.b().text().indexOf("assault");

    new OrphanAttacher(main.tagging(), files)
        .attach(orphan, new IndexRange(assault, assault + "assault".length()));

    Comparison attached = main.alignment().comparisonProperty().get();
    TermTag made =
        attached.terms().stream().filter(t -> t.side() == Side.B).findFirst().orElseThrow();
    TermTag partner =
        attached.terms().stream().filter(t -> t.id().equals(inA)).findFirst().orElseThrow();
    assertThat(partner.pairedWith()).isEqualTo(made.id());
    assertThat(made.pairedWith()).isEqualTo(inA);
  }
}
