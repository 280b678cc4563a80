package org.parallax.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.present.Deck;
import org.parallax.present.LinkSlide;
import org.parallax.tagging.LinkFilter;
import org.parallax.ui.Theme;

class PresentationViewModelTest {
  /** Three linked claim pairs, each contradicting: a deck of 3 link slides and the summary. */
  private final Deck deck = Deck.build(threeLinks(), Side.A, LinkFilter.all());

  private final PresentationViewModel viewModel = new PresentationViewModel(deck, Theme.Look.LIGHT);

  @Test
  void theFooterSaysWhichSlideOfHowMany() {
    assertThat(viewModel.positionProperty().get()).isEqualTo("1 / 4");

    viewModel.next();

    assertThat(viewModel.positionProperty().get()).isEqualTo("2 / 4");
  }

  @Test
  void typingANumberAndEnterJumpsToThatSlide() {
    viewModel.typeDigit(3);
    assertThat(viewModel.positionProperty().get()).isEqualTo("Go to 3\u2026");

    viewModel.jumpToTyped();

    assertThat(viewModel.walkProperty().get().number()).isEqualTo(3);
    assertThat(viewModel.typedProperty().get()).isEmpty();
  }

  @Test
  void aNumberTheDeckHasNotLeavesTheSlideAsItWas() {
    viewModel.next();
    viewModel.typeDigit(9);
    viewModel.typeDigit(9);

    viewModel.jumpToTyped();

    assertThat(viewModel.walkProperty().get().number()).isEqualTo(2);
  }

  @Test
  void aLeadingZeroIsNotTypedAndBackspaceTakesBackADigit() {
    viewModel.typeDigit(0);
    viewModel.typeDigit(1);
    viewModel.typeDigit(2);
    viewModel.eraseDigit();

    assertThat(viewModel.typedProperty().get()).isEqualTo("1");
  }

  @Test
  void escapeFirstForgetsTheNumberBeingTypedThenLeavesOnTheLinkShown() {
    viewModel.next();
    viewModel.typeDigit(3);

    assertThat(viewModel.cancelTyping()).isTrue();
    assertThat(viewModel.walkProperty().get().number()).isEqualTo(2);
    assertThat(viewModel.cancelTyping()).isFalse();
    assertThat(viewModel.linkToLeaveOn()).contains(((LinkSlide) deck.slides().get(1)).linkId());
  }

  @Test
  void walkingForgetsAHalfTypedNumber() {
    viewModel.typeDigit(3);

    viewModel.next();

    assertThat(viewModel.typedProperty().get()).isEmpty();
    assertThat(viewModel.walkProperty().get().number()).isEqualTo(2);
  }

  @Test
  void presentingFromALinkStartsOnItsSlideWithNothingRevealed() {
    String second = ((org.parallax.present.LinkSlide) deck.slides().get(1)).linkId();

    viewModel.startAt(second);

    assertThat(viewModel.walkProperty().get().number()).isEqualTo(2);
    assertThat(viewModel.walkProperty().get().revealed()).isFalse();
    viewModel.startAt("no such link");
    assertThat(viewModel.walkProperty().get().number()).isEqualTo(2);
  }

  @Test
  void aRemotesNextButtonRevealsALinkBeforeItWalksOn() {
    viewModel.forward();

    assertThat(viewModel.walkProperty().get().number()).isEqualTo(1);
    assertThat(viewModel.walkProperty().get().revealed()).isTrue();

    viewModel.forward();

    assertThat(viewModel.walkProperty().get().number()).isEqualTo(2);
    assertThat(viewModel.walkProperty().get().revealed()).isFalse();
  }

  @Test
  void spaceRevealsOnlyTheSlideShown() {
    viewModel.reveal();
    assertThat(viewModel.walkProperty().get().revealed()).isTrue();

    viewModel.next();

    assertThat(viewModel.walkProperty().get().revealed()).isFalse();
  }

  @Test
  void theTypeGrowsWithTheScreenAndWithEachLargerStep() {
    viewModel.screenHeightProperty().set(720);
    double small = viewModel.fontSizeProperty().get();
    viewModel.screenHeightProperty().set(1080);
    double large = viewModel.fontSizeProperty().get();

    assertThat(large).isEqualTo(small * 1.5, org.assertj.core.data.Offset.offset(0.01));
    viewModel.bigger();
    assertThat(viewModel.fontSizeProperty().get()).isGreaterThan(large);
    viewModel.smaller();
    viewModel.smaller();
    assertThat(viewModel.fontSizeProperty().get()).isLessThan(large);
  }

  @Test
  void theTypeStopsGrowingAndShrinkingAtItsBounds() {
    for (int i = 0; i < 30; i++) {
      viewModel.bigger();
    }
    double largest = viewModel.fontSizeProperty().get();
    viewModel.bigger();

    assertThat(viewModel.fontSizeProperty().get()).isEqualTo(largest);
  }

  private static Comparison threeLinks() {
    String a = "One is true. Two is true. Three is true.";
    String b = "One is false. Two is false. Three is false.";
    List<Claim> claims = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    int at = 0;
    int bt = 0;
    for (int i = 1; i <= 3; i++) {
      int aEnd = a.indexOf('.', at) + 1;
      int bEnd = b.indexOf('.', bt) + 1;
      claims.add(new Claim("A" + i, Side.A, at, aEnd));
      claims.add(new Claim("B" + i, Side.B, bt, bEnd));
      links.add(
          new Link(
              "L" + i,
              List.of("A" + i),
              List.of("B" + i),
              LinkStatus.CONFIRMED,
              "contradict",
              0,
              List.of(),
              "",
              "",
              Instant.EPOCH,
              Instant.EPOCH));
      at = aEnd + 1;
      bt = bEnd + 1;
    }
    claims.sort(java.util.Comparator.comparing(Claim::side));
    return new Comparison(
        "", "", document(a), document(b), claims, links, List.of(), null, null, null);
  }

  private static Document document(String text) {
    return new Document(
        text,
        List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())),
        DocumentMetadata.EMPTY,
        List.of());
  }
}
