package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Comparison;

/**
 * Starts a separate JVM that saves a large comparison in a loop, and kills it with SIGKILL at
 * varied moments (chosen from its progress lines, never by sleeping). After every kill the file
 * must parse and hold one complete round, no older than the last round reported saved; the backup
 * and the recovery file must be usable too.
 */
class CrashSafetyTest {
  private static final int KILLS = 20;

  @TempDir Path dir;

  private final ComparisonStore store = new ComparisonStore();

  @Test
  void killingASaveAtAnyMomentLeavesTheOldOrTheNewFile() throws Exception {
    Path file = dir.resolve("large.parallax.json");
    Path recovery = dir.resolve("recovery.parallax.json");
    Comparison base = SaveLoop.base();
    Random random = new Random(42);
    int nextRound = 1;
    for (int kill = 0; kill < KILLS; kill++) {
      int lines = (kill == 0 ? 2 : 1) + random.nextInt(6); // the first run must save once
      int lastSaved = runAndKill(file, recovery, nextRound, lines);

      int onDisk = checkedRound(file, base);
      assertThat(onDisk).isGreaterThanOrEqualTo(lastSaved);
      if (Files.exists(AtomicFile.backupOf(file))) {
        assertThat(checkedRound(AtomicFile.backupOf(file), base)).isLessThan(onDisk);
      }
      RecoveryFile.Recovered recovered = new RecoveryFile(recovery).read().orElseThrow();
      int recoveredRound = roundOf(recovered.state().comparison());
      assertThat(recovered.state().comparison()).isEqualTo(SaveLoop.round(base, recoveredRound));
      assertThat(recovered.savedAs()).contains(file.toAbsolutePath());
      nextRound = onDisk + 1;
    }
  }

  @Test
  void theNextSaveRemovesTemporaryFilesAKilledSaveLeftBehind() throws Exception {
    Path file = dir.resolve("large.parallax.json");
    Path recovery = dir.resolve("recovery.parallax.json");
    Files.writeString(dir.resolve(".large.parallax.json.1234.tmp"), "{\"half\": ");
    Files.writeString(dir.resolve(".recovery.parallax.json.5678.bak.tmp"), "");
    Files.writeString(dir.resolve(".other.parallax.json.9.tmp"), "not ours");
    LoadedComparison state = LoadedComparison.of(Samples.small());

    store.save(state, file);
    new RecoveryFile(recovery).write(state, file);

    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "large.parallax.json",
              "recovery.parallax.json",
              "recovery.parallax.json.origin",
              ".other.parallax.json.9.tmp");
    }
  }

  /** Runs the loop from round {@code first}; kills it after {@code lines} progress lines. */
  private int runAndKill(Path file, Path recovery, int first, int lines) throws Exception {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    SaveLoop.class.getName(),
                    file.toString(),
                    recovery.toString(),
                    Integer.toString(first)))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int lastSaved = first - 1;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int seen = 0;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("saved ")) {
          lastSaved = Integer.parseInt(line.substring(6));
        }
        if (++seen == lines) {
          break;
        }
      }
      child.destroyForcibly();
      child.waitFor();
    }
    return lastSaved;
  }

  private int checkedRound(Path file, Comparison base) throws StoreException {
    Comparison onDisk = store.load(file).comparison();
    int round = roundOf(onDisk);
    assertThat(onDisk).isEqualTo(SaveLoop.round(base, round));
    return round;
  }

  private static int roundOf(Comparison c) {
    assertThat(c.title()).startsWith("round ");
    return Integer.parseInt(c.title().substring(6));
  }

  @Test
  void savingThroughASymbolicLinkReplacesTheFileItNamesAndKeepsTheLink() throws Exception {
    Path real = dir.resolve("real.parallax.json");
    Path link = Files.createSymbolicLink(dir.resolve("link.parallax.json"), real.getFileName());
    Comparison comparison = Samples.small();

    store.save(comparison, link);
    store.save(comparison, link);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isRegularFile(real, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(store.load(link).comparison().links()).isEqualTo(comparison.links());
    assertThat(AtomicFile.backupOf(real)).exists();
  }

  @Test
  void aFolderWhereTheFileShouldBeIsRefusedAndKept() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("taken.parallax.json"));

    assertThatThrownBy(() -> store.save(Samples.small(), folder))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "Could not save to "
                + folder
                + ": it is not a file but a folder, a device or a pipe. The file is unchanged.");
    assertThat(folder).isDirectory();
  }
}
