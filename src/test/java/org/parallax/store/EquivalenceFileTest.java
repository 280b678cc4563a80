package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EquivalenceFileTest {
  @TempDir Path folder;

  @Test
  void noFileYetMeansNoNames() throws StoreException {
    assertThat(new EquivalenceFile(folder.resolve("equivalences.tsv")).load()).isEmpty();
  }

  @Test
  void savedNamesAreReadBackAndTheFolderIsMadeIfNeeded() throws StoreException {
    EquivalenceFile file = new EquivalenceFile(folder.resolve("new/equivalences.tsv"));

    file.save("Xankəndi\tStepanakert\n");

    assertThat(file.load()).isEqualTo("Xankəndi\tStepanakert\n");
    assertThat(folder.resolve("new")).isDirectoryContaining(p -> true);
  }

  @Test
  void savingNothingWhenThereIsNoFileWritesNoFile() throws StoreException {
    Path path = folder.resolve("equivalences.tsv");

    new EquivalenceFile(path).save("");

    assertThat(path).doesNotExist();
  }

  @Test
  void aByteOrderMarkIsDropped() throws IOException, StoreException {
    Path path = folder.resolve("equivalences.tsv");
    Files.writeString(path, "\uFEFFShusha\tShushi", StandardCharsets.UTF_8);

    assertThat(new EquivalenceFile(path).load()).isEqualTo("Shusha\tShushi");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithAMessage() throws IOException {
    Path path = folder.resolve("equivalences.tsv");
    Files.write(path, "Füzuli\tVaranda".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> new EquivalenceFile(path).load())
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "Your list of equivalent names in " + path + " is not UTF-8 text; it was not read.");
  }

  @Test
  void aFileLargerThanTheLimitIsNotRead() throws IOException {
    Path path = folder.resolve("equivalences.tsv");
    Files.write(path, new byte[EquivalenceFile.MAX_BYTES + 1]);

    assertThatThrownBy(() -> new EquivalenceFile(path).load())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("over the limit of 1,048,576 bytes (1 MB)");
  }

  @Test
  void aSaveThatCannotBeWrittenSaysWhereAndWhyAndLeavesTheOldFile() throws IOException {
    Path blocker = folder.resolve("not-a-folder");
    Files.writeString(blocker, "a file where a folder should be");

    assertThatThrownBy(() -> new EquivalenceFile(blocker.resolve("equivalences.tsv")).save("A\tB"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(
            "Could not save your list of equivalent names to "
                + blocker.resolve("equivalences.tsv"));
    assertThat(blocker).hasContent("a file where a folder should be");
  }
}
