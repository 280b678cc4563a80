package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.Side;
import org.parallax.ui.align.Partner;
import org.parallax.ui.reading.DocumentArea;
import org.parallax.ui.reading.RibbonGutter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The seed beside a written counterpart: claims, suggestions, partners and ribbons. */
@ExtendWith(ApplicationExtension.class)
class AlignmentViewTest {
  private TestWindow window;
  private MainViewModel viewModel;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
    viewModel = window.viewModel;
  }

  @BeforeEach
  void openTheCounterpart(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
  }

  @Test
  void bothEssaysAreSplitIntoClaimsAndTheStatusBarCountsTheSuggestions(FxRobot robot) {
    Comparison comparison = viewModel.alignment().comparisonProperty().get();
    assertThat(comparison.claims(Side.A)).hasSizeGreaterThan(40);
    assertThat(comparison.claims(Side.B)).hasSizeGreaterThan(10);
    assertThat(comparison.links()).isNotEmpty();
    // The comparison is set before all its listeners (the status bar among them) have run.
    WaitForAsyncUtils.waitForFxEvents();
    String summary = robot.lookup("#status-alignment").queryAs(Label.class).getText();
    assertThat(summary).startsWith(comparison.links().size() + " links (0 confirmed) between");
  }

  @Test
  void clickingAClaimSelectsItAndBringsItsBestPartnerIntoView(FxRobot robot) throws Exception {
    Comparison comparison = viewModel.alignment().comparisonProperty().get();
    Link best = comparison.links().get(0);
    Claim claim = comparison.claim(best.aClaims().get(0)).orElseThrow();
    DocumentArea left = robot.lookup("#left-area").queryAs(DocumentArea.class);
    robot.interact(
        () ->
            left.showParagraphAtTop(left.offsetToPosition(claim.start(), Bias.Forward).getMajor()));
    WaitForAsyncUtils.waitForFxEvents();
    Bounds bounds =
        FxWait.onFx(() -> left.boundsOnScreen(claim.start(), claim.start() + 3).orElseThrow());
    robot.clickOn(new Point2D(bounds.getMinX() + 2, bounds.getCenterY()));

    FxWait.until(() -> claim.equals(viewModel.alignment().selectedProperty().get()));
    Partner first = viewModel.alignment().partners().get(0);
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.claim().side()).isEqualTo(Side.B);
    assertThat(first.reasons()).isNotEmpty();
    DocumentArea right = robot.lookup("#right-area").queryAs(DocumentArea.class);
    Claim partner = first.claim();
    FxWait.until(
        () ->
            FxWait.onFx(
                () ->
                    right
                        .getCharacterBoundsOnScreen(partner.start(), partner.start() + 1)
                        .isPresent()));
    // Level: the partner's top meets the clicked claim's top, unless the partner's essay cannot
    // scroll that far.
    FxWait.until(
        () ->
            FxWait.onFx(
                () -> {
                  double claimTop =
                      left.boundsOnScreen(claim.start(), claim.end()).orElseThrow().getMinY();
                  double partnerTop =
                      right
                          .boundsOnScreen(partner.start(), partner.end())
                          .map(b -> b.getMinY())
                          .orElse(-1e9);
                  double y = right.estimatedScrollYProperty().getValue();
                  double max =
                      right.totalHeightEstimateProperty().getOrElse(0.0)
                          - right.getViewportHeight();
                  return Math.abs(partnerTop - claimTop) < 6 || y <= 0.5 || y >= max - 0.5;
                }));
    ListView<?> partners = robot.lookup("#partner-list").queryAs(ListView.class);
    assertThat(partners.isVisible()).isTrue();
    assertThat(partners.getItems()).hasSameSizeAs(viewModel.alignment().partners());
  }

  /**
   * Only the stretch whose highlights changed is restyled; the text must still end up styled as a
   * full restyle would: the new selection marked, the old one no longer.
   */
  @Test
  void selectingAnotherClaimMovesTheSelectedAndPartnerStylesWithIt(FxRobot robot) throws Exception {
    Comparison comparison = viewModel.alignment().comparisonProperty().get();
    Claim first = comparison.claim(comparison.links().get(0).aClaims().get(0)).orElseThrow();
    Claim second =
        comparison.claims(Side.A).stream()
            .filter(c -> !c.equals(first))
            .reduce((x, y) -> y)
            .orElseThrow();
    DocumentArea left = robot.lookup("#left-area").queryAs(DocumentArea.class);
    DocumentArea right = robot.lookup("#right-area").queryAs(DocumentArea.class);

    robot.interact(() -> viewModel.alignment().select(first));
    FxWait.until(() -> FxWait.onFx(() -> styleAt(left, first).contains(Styles.CLAIM_SELECTED)));
    Claim partner = viewModel.alignment().partners().get(0).claim();
    assertThat(FxWait.onFx(() -> styleAt(right, partner))).contains(Styles.CLAIM_PARTNER_BEST);

    robot.interact(() -> viewModel.alignment().select(second));
    FxWait.until(() -> FxWait.onFx(() -> styleAt(left, second).contains(Styles.CLAIM_SELECTED)));
    assertThat(FxWait.onFx(() -> styleAt(left, first))).doesNotContain(Styles.CLAIM_SELECTED);
    // The essay's last claim does not answer the first link's claim on the other side (it may
    // still be among its runners-up, which are marked faintly).
    assertThat(viewModel.alignment().partners())
        .noneMatch(p -> p.claim().equals(partner) && !p.runnerUp());
    assertThat(FxWait.onFx(() -> styleAt(right, partner)))
        .doesNotContain(Styles.CLAIM_PARTNER_BEST);
  }

  private static java.util.Collection<String> styleAt(DocumentArea area, Claim claim) {
    return area.getStyleAtPosition(claim.start() + 1);
  }

  @Test
  void theGutterDrawsARibbonForEveryVisibleLinkAndFewerWhenOnlyTheSelectedOnesAreAsked(
      FxRobot robot) throws Exception {
    RibbonGutter gutter = robot.lookup("#ribbon-gutter").queryAs(RibbonGutter.class);
    int[] drawn = new int[1];
    // The essays take their places over the pulses after the pair is aligned.
    FxWait.until(() -> FxWait.onFx(gutter::redraw) > 0);
    robot.interact(() -> drawn[0] = gutter.redraw());
    assertThat(drawn[0]).isPositive();
    robot.clickOn("#tool-only-selected");
    robot.interact(() -> drawn[0] = gutter.redraw());
    assertThat(drawn[0]).isZero();
  }

  /**
   * Focusing a link shows its claims on both sides, also with linked scrolling on, where one side's
   * late scroll used to drag the other away from its claim.
   */
  @Test
  void focusingALinkBringsBothItsClaimsIntoView(FxRobot robot) throws Exception {
    assertThat(viewModel.linkedScrollingProperty().get()).isTrue();
    Comparison comparison = viewModel.alignment().comparisonProperty().get();
    Link far =
        comparison.links().stream()
            .max(
                java.util.Comparator.comparingInt(
                    l -> comparison.claim(l.aClaims().get(0)).orElseThrow().start()))
            .orElseThrow();
    Claim a = comparison.claim(far.aClaims().get(0)).orElseThrow();
    Claim b = comparison.claim(far.bClaims().get(0)).orElseThrow();
    DocumentArea left = robot.lookup("#left-area").queryAs(DocumentArea.class);
    DocumentArea right = robot.lookup("#right-area").queryAs(DocumentArea.class);

    robot.interact(() -> viewModel.tagging().focus(far));

    FxWait.until(() -> FxWait.onFx(() -> inView(left, a) && inView(right, b)));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(FxWait.onFx(() -> inView(left, a) && inView(right, b))).isTrue();
  }

  @Test
  void aNoteBeingTypedIsKeptWhenTheReaderPicksAnotherLinkOrSaves(FxRobot robot) throws Exception {
    ListView<Link> links = robot.lookup("#links-list").queryListView();
    robot.interact(() -> links.getSelectionModel().select(0));
    String first = FxWait.onFx(() -> links.getItems().get(0).id());
    FxWait.until(() -> first.equals(viewModel.tagging().currentLinkProperty().get().id()));

    robot.clickOn("#link-note").write("Same day, other words.");
    robot.clickOn(robot.from(links).lookup(".list-cell").nth(1).queryAs(javafx.scene.Node.class));

    FxWait.until(() -> !first.equals(viewModel.tagging().currentLinkProperty().get().id()));
    Comparison now = viewModel.alignment().comparisonProperty().get();
    assertThat(now.links().stream().filter(l -> l.id().equals(first)).findFirst().get().note())
        .isEqualTo("Same day, other words.");

    robot.clickOn("#link-note").write("Saved with Ctrl+S.");
    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    FxWait.until(
        () -> viewModel.tagging().currentLinkProperty().get().note().equals("Saved with Ctrl+S."));
  }

  @Test
  void changingTheOrderOrTheSearchOfTheLinksKeepsTheCurrentLink(FxRobot robot) throws Exception {
    Comparison before = viewModel.alignment().comparisonProperty().get();
    Link chosen = before.links().get(0);
    robot.interact(() -> viewModel.tagging().focus(chosen));
    @SuppressWarnings("unchecked")
    javafx.scene.control.ComboBox<Side> order =
        robot.lookup("#links-order").queryAs(javafx.scene.control.ComboBox.class);
    javafx.scene.control.TextField search =
        robot.lookup("#links-search").queryAs(javafx.scene.control.TextField.class);

    robot.interact(() -> order.setValue(order.getValue() == Side.A ? Side.B : Side.A));
    robot.interact(() -> search.setText("zzz-nothing-matches"));
    robot.interact(search::clear);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(viewModel.tagging().currentLinkProperty().get().id()).isEqualTo(chosen.id());
  }

  @Test
  void deleteInTheTermsTabRemovesTheTermAndLeavesTheCurrentLinkAlone(FxRobot robot)
      throws Exception {
    Comparison aligned = viewModel.alignment().comparisonProperty().get();
    int at = aligned.b().text().indexOf("Karabakh");
    robot.interact(() -> viewModel.tagging().tagTerm(Side.B, at, at + 8, "other"));
    Comparison before = viewModel.alignment().comparisonProperty().get();
    assertThat(before.terms()).hasSize(1);
    robot.interact(
        () -> {
          viewModel.tagging().focus(before.links().get(0));
          viewModel.tagging().selectTerm(before.terms().get(0));
        });
    robot.clickOn("#tab-terms");
    robot.clickOn("#terms-list");

    robot.type(KeyCode.DELETE);
    WaitForAsyncUtils.waitForFxEvents();

    Comparison after = viewModel.alignment().comparisonProperty().get();
    assertThat(after.links()).isEqualTo(before.links());
    assertThat(after.terms()).isEmpty();
  }

  @Test
  void focusingALinkToTheLastClaimOfAnEssayBringsItIntoView(FxRobot robot) throws Exception {
    Comparison comparison = viewModel.alignment().comparisonProperty().get();
    Link last =
        comparison.links().stream()
            .max(
                java.util.Comparator.comparingInt(
                    l -> comparison.claim(l.bClaims().get(0)).orElseThrow().start()))
            .orElseThrow();
    Claim b = comparison.claim(last.bClaims().get(0)).orElseThrow();
    DocumentArea right = robot.lookup("#right-area").queryAs(DocumentArea.class);

    robot.interact(() -> viewModel.tagging().focus(last));

    FxWait.until(() -> FxWait.onFx(() -> inView(right, b)));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(FxWait.onFx(() -> inView(right, b))).isTrue();
  }

  @Test
  void theLinksListNamesARelationAsTheCodebookNamesIt(FxRobot robot) throws Exception {
    Comparison comparison = viewModel.alignment().comparisonProperty().get();
    robot.interact(
        () -> {
          viewModel.tagging().focus(comparison.links().get(0));
          viewModel.tagging().setRelation("agree");
          viewModel
              .tagging()
              .edit(
                  edits ->
                      c ->
                          edits.renameKind(
                              c, org.parallax.model.TagTarget.LINK, "agree", "Supports"));
        });
    WaitForAsyncUtils.waitForFxEvents();

    Label current = robot.lookup("#link-current").queryAs(Label.class);
    assertThat(current.getText()).contains("Supports").doesNotContain("agree");
    assertThat(
            robot
                .from(robot.lookup("#links-list").queryAs(javafx.scene.Node.class))
                .lookup(".list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class)
                .stream()
                .map(javafx.scene.control.ListCell::getText))
        .anyMatch(text -> text != null && text.contains("Supports"))
        .noneMatch(text -> text != null && text.contains("\u00b7 agree \u00b7"));
  }

  @Test
  void afterAThemeChangeNoParagraphIsDrawnOverTheNext(FxRobot robot) throws Exception {
    robot.interact(() -> viewModel.darkProperty().set(true));
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitForFxEvents();

    for (String id : new String[] {"#left-area", "#right-area"}) {
      DocumentArea area = robot.lookup(id).queryAs(DocumentArea.class);
      FxWait.onFx(
          () -> {
            int first = area.firstVisibleParToAllParIndex();
            int last = area.lastVisibleParToAllParIndex();
            for (int p = first; p < last; p++) {
              int end = area.getAbsolutePosition(p, area.getParagraphLength(p));
              int next = area.getAbsolutePosition(p + 1, 0);
              if (area.getParagraphLength(p) == 0 || area.getParagraphLength(p + 1) == 0) {
                continue;
              }
              var endBox = area.boundsOnScreen(end - 1, end);
              var nextBox = area.boundsOnScreen(next, next + 1);
              if (endBox.isPresent() && nextBox.isPresent()) {
                assertThat(nextBox.get().getMinY())
                    .as("paragraph %d starts below the end of paragraph %d", p + 1, p)
                    .isGreaterThanOrEqualTo(endBox.get().getMaxY() - 1);
              }
            }
            return null;
          });
    }
  }

  @Test
  void theEditedLinkStaysSelectedInTheLinksList(FxRobot robot) throws Exception {
    ListView<Link> links = robot.lookup("#links-list").queryListView();
    robot.interact(() -> links.getSelectionModel().select(links.getItems().size() - 1));
    String chosen = FxWait.onFx(() -> links.getSelectionModel().getSelectedItem().id());
    FxWait.until(() -> chosen.equals(viewModel.tagging().currentLinkProperty().get().id()));

    robot.interact(() -> viewModel.tagging().setRelation("contradict"));

    FxWait.until(
        () -> "contradict".equals(viewModel.tagging().currentLinkProperty().get().relation()));
    WaitForAsyncUtils.waitForFxEvents();
    Link selected = FxWait.onFx(() -> links.getSelectionModel().getSelectedItem());
    assertThat(selected).isEqualTo(viewModel.tagging().currentLinkProperty().get());
    assertThat(selected.id()).isEqualTo(chosen);
    assertThat(FxWait.onFx(() -> links.getFocusModel().getFocusedItem())).isEqualTo(selected);
  }

  private static boolean inView(DocumentArea area, Claim claim) {
    Bounds view = area.localToScreen(area.getBoundsInLocal());
    return area.boundsOnScreen(claim.start(), claim.start() + 1)
        .map(b -> b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY())
        .orElse(false);
  }
}
