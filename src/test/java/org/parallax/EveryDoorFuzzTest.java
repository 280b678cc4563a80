package org.parallax;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.agreement.ClassroomMergeFuzzTest;
import org.parallax.export.ExportInputsFuzzTest;
import org.parallax.ingest.EssayReadersFuzzTest;
import org.parallax.store.StoreFilesFuzzTest;

/**
 * Every fuzz target behind one: the input's first byte picks the door, the rest is the file. Jazzer
 * fuzzes one {@code @FuzzTest} per JVM, and starting a JVM with its agent for each of eight targets
 * took longer than fuzzing them, so {@code mvn verify}'s short run ({@code fuzz-short} in pom.xml)
 * fuzzes this one for {@link #SHORT_RUN}, coverage guiding the inputs to all doors at once. Its
 * seeds are the doors' own corpora, each behind its door's byte. The long run fuzzes each door on
 * its own ({@code bench.FuzzBenchmark}).
 */
public class EveryDoorFuzzTest {
  /** How long {@code mvn verify} fuzzes all the doors together: about four seconds a door. */
  static final String SHORT_RUN = "32s";

  /** One door: its name, its seed folder under the test resources, and its fuzz target. */
  record Door(String name, String seeds, Target target) {}

  /** A fuzz target's body. */
  interface Target {
    void fuzz(byte[] bytes) throws Exception;
  }

  static final List<Door> DOORS = doors();
  private static final AtomicLongArray INPUTS = new AtomicLongArray(DOORS.size());

  @MethodSource("seeds")
  @FuzzTest(maxDuration = SHORT_RUN)
  public void everyDoorReadsOrRefusesInASentence(byte[] input) throws Exception {
    if (input.length == 0) {
      return;
    }
    int door = (input[0] & 0xFF) % DOORS.size();
    INPUTS.incrementAndGet(door);
    DOORS.get(door).target().fuzz(Arrays.copyOfRange(input, 1, input.length));
  }

  @AfterAll
  static void tellHowManyInputsEachDoorTook() {
    StringBuilder told = new StringBuilder("Inputs per door:");
    for (int i = 0; i < DOORS.size(); i++) {
      told.append(String.format(" %s %,d;", DOORS.get(i).name(), INPUTS.get(i)));
    }
    System.out.println(told);
  }

  /** Each door's committed seeds, behind the door's byte. */
  static Stream<Arguments> seeds() {
    List<Arguments> seeds = new ArrayList<>();
    for (int i = 0; i < DOORS.size(); i++) {
      for (byte[] seed : files(DOORS.get(i).seeds())) {
        byte[] input = new byte[seed.length + 1];
        input[0] = (byte) i;
        System.arraycopy(seed, 0, input, 1, seed.length);
        seeds.add(Arguments.of((Object) input));
      }
    }
    return seeds.stream();
  }

  private static List<byte[]> files(String folder) {
    URL url = EveryDoorFuzzTest.class.getResource(folder);
    if (url == null) {
      throw new IllegalStateException("no seed folder " + folder);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<byte[]> read = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        read.add(Files.readAllBytes(file));
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Door> doors() {
    EssayReadersFuzzTest readers = new EssayReadersFuzzTest();
    StoreFilesFuzzTest store = new StoreFilesFuzzTest();
    String essays = "ingest/EssayReadersFuzzTestInputs/";
    String files = "store/StoreFilesFuzzTestInputs/";
    return List.of(
        new Door(
            "text decoder",
            essays + "theTextDecoderDecodesAnyBytesOrNamesTheDamagedLine",
            readers::theTextDecoderDecodesAnyBytesOrNamesTheDamagedLine),
        new Door(
            "plain text",
            essays + "aPlainTextFileIsImportedOrRefusedInASentence",
            readers::aPlainTextFileIsImportedOrRefusedInASentence),
        new Door(
            "HTML",
            essays + "aWebPageIsImportedOrRefusedInASentence",
            readers::aWebPageIsImportedOrRefusedInASentence),
        new Door(
            "Markdown",
            essays + "aMarkdownFileIsImportedOrRefusedInASentence",
            readers::aMarkdownFileIsImportedOrRefusedInASentence),
        new Door(
            "PDF",
            essays + "aPdfIsImportedOrRefusedInASentence",
            readers::aPdfIsImportedOrRefusedInASentence),
        new Door(
            "comparison file",
            files + "aComparisonFileOfAnyVersionLoadsAndSavesAgainOrIsRefusedInASentence",
            store::aComparisonFileOfAnyVersionLoadsAndSavesAgainOrIsRefusedInASentence),
        new Door(
            "lexicon file",
            files + "aLexiconFileIsMergedIntoTheReadersListOrRefusedInASentence",
            store::aLexiconFileIsMergedIntoTheReadersListOrRefusedInASentence),
        new Door(
            "classroom merge",
            "agreement/ClassroomMergeFuzzTestInputs/"
                + "aDamagedStudentFileIsLeftOutWithAReasonAndTheRestStillMerge",
            new ClassroomMergeFuzzTest()
                ::aDamagedStudentFileIsLeftOutWithAReasonAndTheRestStillMerge),
        new Door(
            "exporters",
            "export/ExportInputsFuzzTestInputs/everyFormatExportsWhateverComparisonAFileLoadsAs",
            new ExportInputsFuzzTest()::everyFormatExportsWhateverComparisonAFileLoadsAs));
  }
}
