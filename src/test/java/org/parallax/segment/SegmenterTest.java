package org.parallax.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;

class SegmenterTest {

  private static Document doc(String... blocks) {
    StringBuilder text = new StringBuilder();
    List<Block> spans = new java.util.ArrayList<>();
    for (String block : blocks) {
      BlockKind kind = BlockKind.PARAGRAPH;
      String body = block;
      if (block.startsWith("# ")) {
        kind = BlockKind.HEADING;
        body = block.substring(2);
      } else if (block.startsWith("! ")) {
        kind = BlockKind.EDITORIAL_NOTE;
        body = block.substring(2);
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      spans.add(new Block(kind, text.length(), text.length() + body.length()));
      text.append(body);
    }
    return new Document(text.toString(), spans, null, null);
  }

  private static List<String> texts(Document doc, List<Claim> claims) {
    return claims.stream().map(c -> c.textIn(doc)).toList();
  }

  @Test
  void sentencesOfAParagraphBecomeClaimsNumberedInTextOrder() {
    Document doc = doc("The road closed in April. Food ran short by June.");
    List<Claim> claims = new Segmenter().segment(doc, Side.B);

    assertThat(claims).extracting(Claim::id).containsExactly("B1", "B2");
    assertThat(texts(doc, claims))
        .containsExactly("The road closed in April.", "Food ran short by June.");
  }

  @Test
  void offsetsPointIntoTheCleanedTextWithoutSurroundingSpaces() {
    Document doc = doc("Intro.", "  It rained.  ");
    Claim second = new Segmenter().segment(doc, Side.A).get(1);

    assertThat(second.start()).isEqualTo("Intro.\n\n  ".length());
    assertThat(second.end()).isEqualTo("Intro.\n\n  It rained.".length());
  }

  @Test
  void headingsAndEditorialNotesHoldNoClaimsByDefault() {
    Document doc = doc("# What happened?", "! Editor: we asked two authors.", "Talks failed.");

    assertThat(texts(doc, new Segmenter().segment(doc, Side.A))).containsExactly("Talks failed.");
  }

  @Test
  void headingsHoldClaimsWhenTheUserAsksForThem() {
    Document doc = doc("# What happened?", "Talks failed.");
    Segmenter segmenter = new Segmenter(EnumSet.of(BlockKind.PARAGRAPH, BlockKind.HEADING));

    assertThat(texts(doc, segmenter.segment(doc, Side.A)))
        .containsExactly("What happened?", "Talks failed.");
  }

  @Test
  void abbreviationsInitialsAndDatesDoNotEndASentence() {
    Document doc =
        doc(
            "On Sept. 19 the U.S. envoy J. R. Brown arrived on September 19th, 2023. "
                + "Dr. Aliyev spoke at 5 p.m. that day.");

    assertThat(texts(doc, new Segmenter().segment(doc, Side.A)))
        .containsExactly(
            "On Sept. 19 the U.S. envoy J. R. Brown arrived on September 19th, 2023.",
            "Dr. Aliyev spoke at 5 p.m. that day.");
  }

  @Test
  void aQuotedSentenceKeepsItsClosingQuote() {
    Document doc = doc("He said “we will stay.” The others left.");

    assertThat(texts(doc, new Segmenter().segment(doc, Side.A)))
        .containsExactly("He said “we will stay.”", "The others left.");
  }

  @Test
  void aQuotedQuestionOrExclamationFollowedByWhoSaidItIsOneSentence() {
    Document doc = doc("“Why now?” asked Gen. Petrosyan. “Leave!” shouted the crowd. “Stay?” No.");

    assertThat(texts(doc, new Segmenter().segment(doc, Side.A)))
        .containsExactly(
            "“Why now?” asked Gen. Petrosyan.", "“Leave!” shouted the crowd.", "“Stay?”", "No.");
  }

  @Test
  void aPlaceAbbreviationEndsASentenceWhenTheNextWordOpensOne() {
    Document doc =
        doc("He grew up in the U.S. His sister stayed in Baku. The U.S. Congress voted.");

    assertThat(texts(doc, new Segmenter().segment(doc, Side.A)))
        .containsExactly(
            "He grew up in the U.S.", "His sister stayed in Baku.", "The U.S. Congress voted.");
  }

  @Test
  void aSemicolonBetweenTwoAssertionsMakesTwoClaims() {
    Document doc =
        doc("The army crossed the line at dawn; the talks in Brussels collapsed soon after.");

    assertThat(texts(doc, new Segmenter().segment(doc, Side.A)))
        .containsExactly(
            "The army crossed the line at dawn;", "the talks in Brussels collapsed soon after.");
  }

  @Test
  void aContrastingWhileClauseMakesASecondClaim() {
    Document doc = doc("Baku called it a local operation, while Yerevan called it a full war.");

    assertThat(texts(doc, new Segmenter().segment(doc, Side.A)))
        .containsExactly("Baku called it a local operation", "while Yerevan called it a full war.");
  }

  @Test
  void shortListsAndQuotedSemicolonsAndLeadingWhileStayWhole() {
    Document doc =
        doc(
            "Guests came from Baku; Yerevan; Tbilisi.",
            "He wrote “the road is shut; nobody passes through here” in May.",
            "While the talks went on, the shelling continued for days.");

    assertThat(new Segmenter().segment(doc, Side.A)).hasSize(3);
  }

  @Test
  void theSameTextGetsTheSameClaimsOnEveryRun() {
    Document doc = doc("One thing happened. Then another; and a third thing followed it all.");

    assertThat(new Segmenter().segment(doc, Side.A))
        .isEqualTo(new Segmenter().segment(doc, Side.A));
  }

  @Test
  void aLongRunWithoutSentenceEndsBecomesBoundedClaimsThatTileItExactly() {
    String words = "convoy road blockade ceasefire mountain village refugees ";
    Document doc = doc(words.repeat(2_000).strip()); // 114,000 characters, no sentence end
    List<Claim> claims = new Segmenter().segment(doc, Side.A);

    assertThat(claims).hasSizeGreaterThan(57);
    assertThat(claims).allSatisfy(c -> assertThat(c.end() - c.start()).isLessThanOrEqualTo(2_000));
    assertThat(String.join(" ", texts(doc, claims))).isEqualTo(doc.text());
    for (int i = 1; i < claims.size(); i++) {
      assertThat(claims.get(i).start()).isEqualTo(claims.get(i - 1).end() + 1);
    }
  }

  @Test
  void aLongRunIsCutAfterAClauseMarkRatherThanBetweenAnyTwoWords() {
    String half = "word ".repeat(300);
    Document doc = doc(half + "the convoy stopped, " + half + "and then it went on" + half);
    List<Claim> claims = new Segmenter().segment(doc, Side.A);

    assertThat(texts(doc, claims).get(0)).endsWith("the convoy stopped,");
  }

  @Test
  void aLongRunWithoutSpacesIsCutAtTheLimitButNeverInsideACharacter() {
    String text = "a\uD835\uDC00".repeat(3_001); // 9,003 chars, a letter outside the BMP in each 3
    Document doc = doc(text);
    List<Claim> claims = new Segmenter().segment(doc, Side.A);

    assertThat(claims).hasSizeGreaterThan(4);
    assertThat(claims).allSatisfy(c -> assertThat(c.end() - c.start()).isLessThanOrEqualTo(2_000));
    assertThat(claims)
        .allSatisfy(c -> assertThat(Character.isLowSurrogate(text.charAt(c.start()))).isFalse());
    assertThat(String.join("", texts(doc, claims))).isEqualTo(text);
  }
}
