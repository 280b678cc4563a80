package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMetadata;
import org.parallax.task.CancelledException;
import org.parallax.task.Progress;

/** Reading a long essay says how far it got, from its bytes to its cleaned paragraphs. */
class ReadingProgressTest {
  private static final String SENTENCE =
      "The convoy waited at the checkpoint while officials argued in the capital. ";

  @Test
  void finishingALongEssayReportsTheShareCountedRisingToOne() throws Exception {
    Recorded progress = new Recorded();
    new Importer().finish(essayOf(WordLimit.MAX_WORDS - 1000), true, progress);

    List<Double> counting = progress.fractions.stream().filter(f -> f < 0.5).toList();
    assertThat(counting).hasSizeGreaterThanOrEqualTo(3).allMatch(f -> f > 0);
    assertThat(progress.fractions).isSorted().contains(0.5).endsWith(1.0);
  }

  @Test
  void readingAFileReportsItsBytesInThenItsTextDecoded(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("essay.txt");
    Files.writeString(file, SENTENCE.repeat(100), StandardCharsets.UTF_8);
    Recorded progress = new Recorded();

    RawText raw = new SourceReader().read(file, progress);

    assertThat(raw.text()).startsWith("The convoy");
    assertThat(progress.fractions).containsExactly(0.5, 1.0);
  }

  @Test
  void aStageOfTheWorkReportsWithinItsShareOfTheWhole() {
    Recorded whole = new Recorded();
    Progress second = whole.span(0.4, 0.9);
    second.report(0, "");
    second.report(0.5, "");
    second.report(1, "");
    assertThat(whole.fractions).containsExactly(0.4, 0.65, 0.9);
  }

  @Test
  void cancellingWhileTheWordsAreCountedStopsTheWork() {
    Recorded progress = new Recorded();
    progress.cancelAfterFirstReport = true;

    assertThatThrownBy(
            () -> new Importer().finish(essayOf(WordLimit.MAX_WORDS * 2), true, progress))
        .isInstanceOf(CancelledException.class);
    assertThat(progress.fractions).hasSize(1);
  }

  private static RawText essayOf(int words) {
    int sentences = words / 12;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      text.append(SENTENCE).append(i % 6 == 5 ? "\n\n" : "");
    }
    return new RawText(
        text.toString(), SourceFormat.PLAIN_TEXT, "long.txt", DocumentMetadata.EMPTY);
  }

  /** Keeps every fraction reported, and can cancel the work once it has reported. */
  private static final class Recorded implements Progress {
    final List<Double> fractions = new CopyOnWriteArrayList<>();
    boolean cancelAfterFirstReport;

    @Override
    public void report(double fraction, String message) {
      fractions.add(fraction);
    }

    @Override
    public boolean isCancelled() {
      return cancelAfterFirstReport && !fractions.isEmpty();
    }
  }
}
