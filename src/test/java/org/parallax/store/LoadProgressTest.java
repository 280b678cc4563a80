package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Comparison;
import org.parallax.task.CancelledException;
import org.parallax.task.Progress;

class LoadProgressTest {

  /** Records every fraction reported; cancels after {@code cancelAfter} reports. */
  private static final class Recording implements Progress {
    final List<Double> fractions = new ArrayList<>();
    final int cancelAfter;

    Recording(int cancelAfter) {
      this.cancelAfter = cancelAfter;
    }

    @Override
    public void report(double fraction, String message) {
      fractions.add(fraction);
    }

    @Override
    public boolean isCancelled() {
      return fractions.size() >= cancelAfter;
    }
  }

  private static int spans(Comparison c) {
    return c.claims().size() + c.terms().size();
  }

  @Test
  void loadingReportsTheFractionOfClaimsAndTermsPlacedUpToAll(@TempDir Path dir) throws Exception {
    Comparison small = Samples.small();
    Path file = dir.resolve("small.parallax.json");
    new ComparisonStore().save(small, file);
    Recording progress = new Recording(Integer.MAX_VALUE);

    LoadedComparison loaded = new ComparisonStore().load(file, progress);

    assertThat(loaded.comparison().claims()).hasSameSizeAs(small.claims());
    assertThat(progress.fractions).hasSize(spans(small)).isSorted();
    assertThat(progress.fractions.get(progress.fractions.size() - 1)).isEqualTo(1.0);
  }

  @Test
  void reanchoringStopsWhenCancelledAfterTheFirstReport() throws Exception {
    Comparison small = Samples.small();
    assertThat(spans(small)).isGreaterThan(1);
    byte[] bytes = new ComparisonStore().write(LoadedComparison.of(small));
    // The text of A changed: every span of A is re-anchored.
    String json =
        new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
            .replaceFirst(
                "\"sha256\"\\s*:\\s*\"[0-9a-f]+\"", "\"sha256\" : \"" + "0".repeat(64) + "\"");
    Recording progress = new Recording(1);

    assertThatThrownBy(
            () ->
                new ComparisonStore()
                    .read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), progress))
        .isInstanceOf(CancelledException.class);
    assertThat(progress.fractions).hasSize(1);
  }

  @Test
  void theCommandLineLoadWithoutProgressStillLoads(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("small.parallax.json");
    new ComparisonStore().save(Samples.small(), file);
    assertThat(Files.exists(file)).isTrue();

    assertThat(new ComparisonStore().load(file).comparison().claims())
        .hasSameSizeAs(Samples.small().claims());
  }
}
