package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryAndRecentFilesTest {
  @TempDir Path dir;

  @Test
  void aRecoveryFileGivesBackTheWorkAndTheFileItBelongsTo() throws Exception {
    RecoveryFile recovery = new RecoveryFile(dir.resolve("rec/recovery.parallax.json"));
    Path original = dir.resolve("essay.parallax.json");

    recovery.write(LoadedComparison.of(Samples.small()), original);
    RecoveryFile.Recovered found = recovery.read().orElseThrow();

    assertThat(found.state().comparison()).isEqualTo(Samples.small());
    assertThat(found.savedAs()).contains(original.toAbsolutePath());
  }

  @Test
  void workNeverSavedHasNoOriginalFile() throws Exception {
    RecoveryFile recovery = new RecoveryFile(dir.resolve("recovery.parallax.json"));

    recovery.write(LoadedComparison.of(Samples.small()), null);

    assertThat(recovery.read().orElseThrow().savedAs()).isEmpty();
  }

  @Test
  void aDeletedRecoveryFileIsGone() throws Exception {
    RecoveryFile recovery = new RecoveryFile(dir.resolve("recovery.parallax.json"));
    recovery.write(LoadedComparison.of(Samples.small()), null);

    recovery.delete();

    assertThat(recovery.exists()).isFalse();
    assertThat(recovery.read()).isEmpty();
    try (var listing = Files.list(dir)) {
      assertThat(listing).isEmpty();
    }
  }

  @Test
  void recentFilesAreMostRecentFirstWithoutDuplicates() throws Exception {
    RecentFiles recent = new RecentFiles(dir.resolve("recent.json"));
    Path one = Files.writeString(dir.resolve("one.parallax.json"), "{}");
    Path two = Files.writeString(dir.resolve("two.parallax.json"), "{}");

    recent.add(one);
    recent.add(two);
    recent.add(one);

    assertThat(new RecentFiles(dir.resolve("recent.json")).load()).containsExactly(one, two);
  }

  @Test
  void recentFilesKeepAtMostTen() throws Exception {
    RecentFiles recent = new RecentFiles(dir.resolve("recent.json"));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      files.add(Files.writeString(dir.resolve(i + ".parallax.json"), "{}"));
      recent.add(files.get(i));
    }

    List<Path> loaded = recent.load();

    assertThat(loaded).hasSize(10);
    assertThat(loaded.get(0)).isEqualTo(files.get(11));
    assertThat(loaded.get(9)).isEqualTo(files.get(2));
  }

  @Test
  void recentFilesSkipFilesThatNoLongerExist() throws Exception {
    RecentFiles recent = new RecentFiles(dir.resolve("recent.json"));
    Path kept = Files.writeString(dir.resolve("kept.parallax.json"), "{}");
    Path gone = Files.writeString(dir.resolve("gone.parallax.json"), "{}");
    recent.add(kept);
    recent.add(gone);

    Files.delete(gone);

    assertThat(recent.load()).containsExactly(kept);
  }

  @Test
  void aDamagedRecentListReadsAsEmpty() throws Exception {
    Path list = Files.writeString(dir.resolve("recent.json"), "{\"recent\": [");

    assertThat(new RecentFiles(list).load()).isEmpty();
  }
}
