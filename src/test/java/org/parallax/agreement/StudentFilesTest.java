package org.parallax.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Side;
import org.parallax.store.ComparisonStore;
import org.parallax.store.Samples;
import org.parallax.task.Progress;

class StudentFilesTest {
  @TempDir Path dir;

  private final StudentFiles files = new StudentFiles();

  private StudentFiles.Loaded load(Path key, Path... paths) {
    return files.load(List.of(paths), key, Progress.NONE);
  }

  @Test
  void namesComeFromTheAnnotatorFieldElseTheFileName() {
    StudentFiles.Loaded loaded = load(null, Fixtures.ana(), Fixtures.cleo());

    assertThat(loaded.students()).extracting(Annotator::name).containsExactly("ana", "cleo");
  }

  @Test
  void aNameGivenTwiceGetsANumber() throws Exception {
    Path again = Files.copy(Fixtures.ana(), dir.resolve("copy.parallax.json"));

    StudentFiles.Loaded loaded = load(null, Fixtures.ana(), again, Fixtures.ben());

    assertThat(loaded.students())
        .extracting(Annotator::name)
        .containsExactly("ana", "ana (2)", "ben");
  }

  @Test
  void aKeyNamedAmongTheFilesIsReadOnceAsTheKey() {
    StudentFiles.Loaded loaded = load(Fixtures.key(), Fixtures.ana(), Fixtures.key());

    assertThat(loaded.key().name()).isEqualTo("teacher");
    assertThat(loaded.students()).extracting(Annotator::name).containsExactly("ana");
  }

  @Test
  void aFileThatIsNotAComparisonIsLeftOutWithTheReasonAndTheRestStillLoad() throws Exception {
    Path essay = Files.writeString(dir.resolve("essay.txt"), "The road reopened on Monday.");

    StudentFiles.Loaded loaded = load(null, Fixtures.ana(), essay, Fixtures.ben());

    assertThat(loaded.students()).extracting(Annotator::name).containsExactly("ana", "ben");
    assertThat(loaded.skipped()).hasSize(1);
    assertThat(loaded.skipped().get(0).file()).isEqualTo(essay);
    assertThat(loaded.skipped().get(0).reason()).contains("not JSON");
  }

  @Test
  void aMissingFileIsLeftOutWithTheReason() {
    Path nowhere = dir.resolve("nowhere.parallax.json");

    StudentFiles.Loaded loaded = load(null, nowhere, Fixtures.ana());

    assertThat(loaded.skipped().get(0).reason()).startsWith("There is no file at");
    assertThat(loaded.students()).extracting(Annotator::name).containsExactly("ana");
  }

  @Test
  void aFileOfANewerFormatIsLeftOutWithTheVersion() throws Exception {
    Path newer =
        write(
            "newer.parallax.json",
            read(Fixtures.ben())
                .replace("\"formatVersion\": \"1.3\"", "\"formatVersion\": \"2.0\""));

    StudentFiles.Loaded loaded = load(null, Fixtures.ana(), newer);

    assertThat(loaded.skipped().get(0).reason()).contains("format version 2.0");
  }

  @Test
  void aComparisonOfAnotherPairIsLeftOutNamingTheFileItWasComparedWith() throws Exception {
    Path other = dir.resolve("other.parallax.json");
    new ComparisonStore().save(Samples.small(), other);

    StudentFiles.Loaded loaded = load(Fixtures.key(), Fixtures.ana(), other);

    assertThat(loaded.skipped()).extracting(Skipped::file).containsExactly(other);
    assertThat(loaded.skipped().get(0).reason())
        .isEqualTo(
            "It compares another pair of essays than key.parallax.json: neither text matches.");
  }

  @Test
  void aFileWithOneEssayWhollyDifferentIsLeftOutNamingTheSide() throws Exception {
    String ana = read(Fixtures.ana());
    String textB = new ComparisonStore().load(Fixtures.ana()).comparison().b().text();
    Path swapped =
        write(
            "mixed.parallax.json",
            ana.replace(textB, "Nothing here is about roads, flour or soldiers at all."));

    StudentFiles.Loaded loaded = load(null, Fixtures.ben(), swapped);

    assertThat(loaded.skipped().get(0).reason())
        .isEqualTo(
            "Its essay B differs wholly from essay B of ben.parallax.json, so it is another pair"
                + " of essays.");
  }

  @Test
  void aSlightlyDifferentEssayIsReanchoredOnTheSharedText() throws Exception {
    Path edited =
        write(
            "cleo-edited.parallax.json",
            read(Fixtures.cleo()).replace("food into the city.", "food into the old city."));

    StudentFiles.Loaded loaded = load(null, Fixtures.ana(), edited);

    assertThat(loaded.skipped()).isEmpty();
    Annotator cleo = loaded.students().get(1);
    assertThat(cleo.comparison().b().text()).isEqualTo(loaded.b().text());
    assertThat(cleo.notes())
        .anyMatch(n -> n.startsWith("Its essay B differs slightly from that of ana.parallax.json"));
    // cleo's A4-B4 link still covers units A4 and B4 of the shared text
    Units units = Units.of(loaded.a(), loaded.b());
    Decisions decisions = Decisions.of(cleo.comparison(), units);
    assertThat(decisions.relation(new UnitPair(3, 3))).isEqualTo("contradict");
    assertThat(decisions.relation(new UnitPair(0, 1))).isEqualTo("agree");
    assertThat(units.side(Side.B)).hasSize(4);
  }

  @Test
  void aKeyThatCannotBeUsedIsLeftOutAndTheFirstStudentGivesTheTexts() throws Exception {
    Path broken = write("key.parallax.json", "{\"format\": ");

    StudentFiles.Loaded loaded = load(broken, Fixtures.ana(), Fixtures.ben());

    assertThat(loaded.key()).isNull();
    assertThat(loaded.skipped()).extracting(Skipped::file).containsExactly(broken);
    assertThat(loaded.students()).extracting(Annotator::name).containsExactly("ana", "ben");
    assertThat(loaded.a().text()).startsWith("The road reopened on Monday.");
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file);
  }
}
