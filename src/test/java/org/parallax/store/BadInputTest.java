package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.SourceReader;

class BadInputTest {
  private final ComparisonStore store = new ComparisonStore();
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path dir;

  private byte[] edited(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode root =
        (ObjectNode)
            json.readTree(ComparisonStoreRoundTripTest.fixture(ComparisonStoreRoundTripTest.V1_3));
    edit.accept(root);
    return json.writeValueAsBytes(root);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> refusing(byte[] bytes) {
    return assertThatThrownBy(() -> store.read(bytes))
        .isInstanceOf(StoreException.class)
        .satisfies(e -> assertThat(((StoreException) e).isUnexpected()).isFalse());
  }

  @Test
  void aListLongerThanTheLimitIsRefusedInASentenceBeforeAnythingIsBuiltFromIt() throws Exception {
    byte[] sixClaims = ComparisonStoreRoundTripTest.fixture(ComparisonStoreRoundTripTest.V1_3);
    Limits five =
        new Limits(
            Limits.DEFAULT.maxFileBytes(),
            Limits.DEFAULT.maxStringLength(),
            Limits.DEFAULT.maxNestingDepth(),
            5);
    Limits six =
        new Limits(
            Limits.DEFAULT.maxFileBytes(),
            Limits.DEFAULT.maxStringLength(),
            Limits.DEFAULT.maxNestingDepth(),
            6);

    assertThatThrownBy(() -> new ComparisonStore(five).read(sixClaims))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "The file lists more than 5 claims; Parallax opens comparisons of up to 5 in each"
                + " list (two essays of 200,000 words hold far fewer).");
    assertThat(new ComparisonStore(six).read(sixClaims).comparison().claims()).hasSize(6);
  }

  @Test
  void theEntryLimitLetsThroughEveryClaimTwoEssaysOfTheLongestAlignedLengthCanMake() {
    // Every claim holds at least one word, and each of the two essays at most WordLimit.MAX_WORDS.
    assertThat(Limits.DEFAULT.maxEntries())
        .isGreaterThan(2 * org.parallax.ingest.WordLimit.MAX_WORDS);
  }

  @Test
  void aTermPairedWithATermThatIsGoneIsUnpairedWithANote() throws Exception {
    LoadedComparison loaded =
        store.read(edited(r -> ((ObjectNode) r.at("/terms/0")).put("pairedWith", "T48")));

    assertThat(loaded.comparison().terms().get(0).pairedWith()).isEmpty();
    assertThat(loaded.notices()).anyMatch(n -> n.contains("unpaired now"));
  }

  @Test
  void tagsThatCouldNotBePlacedInChangedTextAreNotCountedAsFoundAgain() throws Exception {
    LoadedComparison loaded =
        store.read(
            edited(
                r ->
                    ((ObjectNode) r.at("/documents/a"))
                        .put("text", "Nothing of the old essay is left in this one.")));

    assertThat(loaded.orphans()).isNotEmpty();
    assertThat(loaded.notices()).noneMatch(n -> n.contains("found again in changed text"));
  }

  @Test
  void aTruncatedFileIsReportedAsCutOffWithItsPosition() throws Exception {
    byte[] whole = ComparisonStoreRoundTripTest.fixture(ComparisonStoreRoundTripTest.V1_3);
    refusing(Arrays.copyOf(whole, whole.length / 2))
        .hasMessageStartingWith("The file ends too early; it may have been cut off (line ");
  }

  @Test
  void aNonJsonFileWithTheRightExtensionIsNotAComparison() throws Exception {
    Path file = dir.resolve("notes.parallax.json");
    Files.writeString(file, "Parallax notes\nnot json at all\n");
    assertThatThrownBy(() -> store.load(file))
        .hasMessage(
            "The file is not JSON, so it is not a Parallax comparison; to read an essay, open it"
                + " with Open… or give it to the align command.");
  }

  @Test
  void aMistakeLaterInTheJsonNamesItsPlace() throws Exception {
    Path file = dir.resolve("typo.parallax.json");
    Files.writeString(file, "{\"format\": \"parallax-comparison\",\n \"formatVersion\": nope}");
    assertThatThrownBy(() -> store.load(file))
        .hasMessageStartingWith("The file is not valid JSON: ")
        .hasMessageContaining("(line 2, column ");
  }

  @Test
  void aBinaryFileIsNotUtf8Text() throws Exception {
    Path file = dir.resolve("photo.parallax.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xe9, (byte) 0xfa, (byte) 0xfa, '"', '}'});
    assertThatThrownBy(() -> store.load(file))
        .hasMessage(
            "The file is not UTF-8 text, so it is not a Parallax comparison; it may be a binary"
                + " file or text in another encoding.");
  }

  @Test
  void aWrongTypeNamesThePlaceAndTheExpectedKind() throws Exception {
    refusing(edited(r -> ((ObjectNode) r.at("/claims/2/selector/position")).put("start", "ten")))
        .hasMessageStartingWith(
            "The value at /claims/2/selector/position/start has the wrong type: a whole number was"
                + " expected (line 1, column ");
  }

  @Test
  void aNumberWhereTextBelongsIsAWrongTypeNotText() throws Exception {
    refusing(edited(r -> r.put("formatVersion", 1.1))).hasMessageContaining("formatVersion");
    refusing(edited(r -> ((ObjectNode) r.at("/links/0")).put("note", 5)))
        .hasMessageStartingWith("The value at /links/0/note has the wrong type");
  }

  @Test
  void aRelationTheCodebookLacksIsAddedToItAndSaid() throws Exception {
    byte[] bytes =
        edited(
            r -> {
              ((ObjectNode) r.at("/links/0")).put("relation", "overstates");
              r.putArray("codebook");
            });

    LoadedComparison loaded = store.read(bytes);

    org.parallax.model.Comparison c = loaded.comparison();
    assertThat(c.links().get(0).relation()).isEqualTo("overstates");
    assertThat(c.codebook().find(org.parallax.model.TagTarget.LINK, "overstates"))
        .hasValueSatisfying(k -> assertThat(k.label()).isEqualTo("overstates"));
    assertThat(loaded.notices())
        .anySatisfy(
            n -> assertThat(n).startsWith("The file uses overstates, ").contains("Codebook tab"));
  }

  @Test
  void aRelationOfOnlySpacesReadsAsNoRelationYet() throws Exception {
    LoadedComparison loaded =
        store.read(edited(r -> ((ObjectNode) r.at("/links/0")).put("relation", "  ")));

    assertThat(loaded.comparison().links().get(0).relation()).isEmpty();
  }

  @Test
  void aNumberTooLargeForAnOffsetIsOutOfRange() throws Exception {
    refusing(
            edited(
                r -> ((ObjectNode) r.at("/claims/2/selector/position")).put("end", Long.MAX_VALUE)))
        .hasMessageStartingWith(
            "The number at /claims/2/selector/position/end is out of range (line 1, column ");
  }

  @Test
  void aTextWhereAListBelongsIsAWrongType() throws Exception {
    refusing(edited(r -> r.put("links", "none")))
        .hasMessageStartingWith(
            "The value at /links has the wrong type: a list was expected (line 1, column ");
  }

  @Test
  void contentAfterTheEndIsRefused() {
    refusing("{\"format\": \"parallax-comparison\"} {}".getBytes(StandardCharsets.UTF_8))
        .hasMessage(
            "The file is not valid JSON: there is more content after its end (line 1, column"
                + " 35)."); // the second "{" is the 35th character
  }

  @Test
  void aDuplicateClaimIdIsRefused() throws Exception {
    refusing(edited(r -> ((ObjectNode) r.at("/claims/4")).put("id", "B1")))
        .hasMessage("Claim id B1 is used twice (at /claims/4/id).");
  }

  @Test
  void aDuplicateKeyInOneObjectIsRefused() {
    String text = "{\"format\": \"parallax-comparison\", \"format\": \"x\"}";
    refusing(text.getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("not valid JSON")
        .hasMessageContaining("Duplicate field 'format'")
        .hasMessageContaining("line 1");
  }

  @Test
  void aLinkToAMissingClaimNamesTheLinkAndTheClaim() throws Exception {
    refusing(edited(r -> ((ObjectNode) r.at("/links/0")).putArray("b").add("B9")))
        .hasMessage("Link L1 points at claim B9, which is not in the file (at /links/0/b/0).");
  }

  @Test
  void aLinkListingAClaimOnTheWrongSideIsRefused() throws Exception {
    refusing(edited(r -> ((ObjectNode) r.at("/links/0")).putArray("b").add("A1")))
        .hasMessage("Link L1 lists claim A1 on side B, but it belongs to A (at /links/0/b/0).");
  }

  @Test
  void anOffsetPastTheEndOfAnUnchangedTextIsRefused() throws Exception {
    refusing(edited(r -> ((ObjectNode) r.at("/claims/0/selector/position")).put("end", 5000)))
        .hasMessage(
            "Claim A1 ends at 5000, past the end of document A (131 characters) (at"
                + " /claims/0/selector/position/end).");
  }

  @Test
  void aNegativeOffsetIsCalledNegative() throws Exception {
    refusing(edited(r -> ((ObjectNode) r.at("/claims/0/selector/position")).put("start", -5)))
        .hasMessage(
            "Claim A1 starts at a negative offset (-5) (at /claims/0/selector/position/start).");
  }

  @Test
  void aBlockAtANegativeOffsetIsCalledNegative() throws Exception {
    refusing(edited(r -> ((ObjectNode) r.at("/documents/a/blocks/0")).put("start", -7)))
        .hasMessage(
            "A block of document A starts at a negative offset (-7) (at"
                + " /documents/a/blocks/0/start).");
  }

  @Test
  void aNotANumberScoreIsNamedWithoutAdviceToProgrammers() throws Exception {
    String text = new String(edited(r -> {}), StandardCharsets.UTF_8);
    byte[] nan =
        text.replaceFirst("\"score\":[0-9.]+", "\"score\":NaN").getBytes(StandardCharsets.UTF_8);

    refusing(nan)
        .hasMessageStartingWith(
            "The file holds NaN where a number belongs; a comparison's numbers are ordinary"
                + " numbers (line ")
        .message()
        .doesNotContain("enable")
        .doesNotContain("ALLOW_NON_NUMERIC_NUMBERS");
  }

  @Test
  void aCommentInTheFileIsRefusedWithoutAdviceToProgrammers() throws Exception {
    String text = new String(edited(r -> {}), StandardCharsets.UTF_8);
    byte[] commented =
        text.replaceFirst("\"claims\"", "/* note */ \"claims\"").getBytes(StandardCharsets.UTF_8);

    refusing(commented)
        .message()
        .startsWith("The file is not valid JSON")
        .doesNotContain("Feature");
  }

  @Test
  void aFortyMegabyteStringIsRefusedAsTooLong() throws Exception {
    String huge = "x".repeat(40 * 1024 * 1024);
    refusing(edited(r -> r.put("title", huge)))
        .hasMessageStartingWith(
            "The file holds a text longer than 32000000 characters, far more than any comparison"
                + " needs");
  }

  @Test
  void everyEssayParallaxImportsFitsTheLoadersLimitSoASavedFileOpensAgain() {
    assertThat((long) Limits.DEFAULT.maxStringLength()).isGreaterThan(SourceReader.MAX_BYTES);
  }

  @Test
  void deeplyNestedArraysAreRefusedBeforeTheyExhaustTheStack() {
    String nested = "{\"format\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}";
    refusing(nested.getBytes(StandardCharsets.UTF_8))
        .hasMessageStartingWith("The file nests lists or objects more than 100 levels deep");
  }

  @Test
  void aOneGigabyteFileIsRefusedWithoutReadingIt() throws Exception {
    Path file = dir.resolve("huge.parallax.json");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(1L << 30);
    }
    assertThatThrownBy(() -> store.load(file))
        .isInstanceOf(StoreException.class)
        .hasMessage("“" + file + "” is 1.0 GB, over the 256 MB limit for comparison files.");
  }

  @Test
  void aFutureMajorVersionIsRefusedNamingTheVersion() throws Exception {
    refusing(edited(r -> r.put("formatVersion", "2.0")))
        .hasMessage(
            "This comparison was saved in format version 2.0 by a newer Parallax; this version"
                + " reads format 1.x. Update Parallax to open it.");
  }

  @Test
  void jsonThatIsNotAComparisonSaysSo() {
    refusing("{\"name\": \"package.json\"}".getBytes(StandardCharsets.UTF_8))
        .hasMessageStartingWith("This JSON file is not a Parallax comparison");
  }

  @Test
  void aListAtTheTopLevelIsNotAComparison() {
    refusing("[1, 2]".getBytes(StandardCharsets.UTF_8))
        .hasMessage(
            "The file does not hold a Parallax comparison: its top level is a list, not an"
                + " object.");
  }

  @Test
  void anEmptyFileSaysItIsEmpty() {
    refusing(new byte[0]).hasMessage("The file is empty.");
  }

  @Test
  void aBadTimeNamesTheValueAndThePlace() throws Exception {
    refusing(edited(r -> ((ObjectNode) r.at("/links/1")).put("created", "yesterday")))
        .hasMessage("\"yesterday\" is not a time like 2026-11-25T09:30:00Z (at /links/1/created).");
  }

  @Test
  void anUnknownStatusListsTheValidOnes() throws Exception {
    refusing(edited(r -> ((ObjectNode) r.at("/links/0")).put("status", "maybe")))
        .hasMessage(
            "\"maybe\" is not a valid status (suggested, confirmed, rejected) (at"
                + " /links/0/status).");
  }

  @Test
  void aFailedLoadWritesNothing() throws Exception {
    Path file = dir.resolve("broken.parallax.json");
    Files.writeString(file, "{\"format\": \"parallax-comparison\", ");
    assertThatThrownBy(() -> store.load(file)).isInstanceOf(StoreException.class);
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
    assertThat(Files.readString(file)).isEqualTo("{\"format\": \"parallax-comparison\", ");
  }
}
