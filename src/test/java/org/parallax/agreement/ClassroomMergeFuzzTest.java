package org.parallax.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.parallax.FuzzContract;
import org.parallax.model.Comparison;
import org.parallax.store.ComparisonStore;
import org.parallax.store.LoadedComparison;
import org.parallax.store.StoreException;
import org.parallax.task.Progress;

/**
 * The classroom merge under coverage-guided fuzzing ({@link FuzzContract}): one student's file is
 * the fuzzed bytes (its seeds are the class fixtures), merged with two honest students' files and
 * the key. The merge never fails: a file it cannot use is left out with a reason in words, and the
 * consensus of what is used can be saved as a comparison.
 */
public class ClassroomMergeFuzzTest {
  /**
   * The honest files and the key, found once (looking them up again took a twentieth of each
   * input's time).
   */
  private static final List<Path> HONEST = List.of(Fixtures.ana(), Fixtures.ben());

  private static final Path KEY = Fixtures.key();

  private final Path student = folder().resolve("dana.parallax.json");

  @FuzzTest(maxDuration = FuzzContract.SHORT)
  public void aDamagedStudentFileIsLeftOutWithAReasonAndTheRestStillMerge(byte[] bytes)
      throws IOException, StoreException {
    Files.write(student, bytes);
    StudentComparison merged =
        StudentComparison.compare(
            List.of(HONEST.get(0), student, HONEST.get(1)), KEY, Progress.NONE);
    for (Skipped skipped : merged.loaded().skipped()) {
      assertThat(skipped.reason()).as("why %s was left out", skipped.file()).isNotBlank();
    }
    assertThat(merged.usable()).as("the two honest students' files still compare").isTrue();
    assertThat(merged.loaded().students().size() + merged.loaded().skipped().size()).isEqualTo(3);
    Comparison consensus =
        merged.consensus().toComparison(merged.consensusTitle(), "teacher", Instant.EPOCH);
    assertThat(new ComparisonStore().write(LoadedComparison.of(consensus))).isNotEmpty();
  }

  private static Path folder() {
    try {
      Path dir = Files.createTempDirectory("parallax-classroom-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
