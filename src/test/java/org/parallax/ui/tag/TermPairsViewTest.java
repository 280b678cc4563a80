package org.parallax.ui.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.tagging.ComparisonNames;
import org.parallax.tagging.TermPair;
import org.parallax.ui.FxWait;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A reader pairs "road" (tagged at both its places in the council's essay) with the east bank's
 * "routine safety measure" and reads the pair in the terms tab, then confirms a suggested pair.
 */
@ExtendWith(ApplicationExtension.class)
class TermPairsViewTest {
  private TestWindow window;
  private MainViewModel viewModel;
  private Stage stage;

  @Start
  void start(Stage stage) throws IOException {
    this.stage = stage;
    window = new TestWindow(stage);
    viewModel = window.viewModel;
  }

  @Test
  void aPairReadsAsWhatEachSideSaysWithCountsAndASuggestedPairIsConfirmedWithEnter(FxRobot robot)
      throws Exception {
    Path west = window.fixture("bridge-west.txt");
    robot.interact(() -> viewModel.openFile(Side.A, west));
    FxWait.until(() -> !viewModel.side(Side.A).isEmpty());
    window.nextChosenFile.set(window.fixture("counterpart.txt"));
    robot.clickOn("#tool-open");
    FxWait.until(() -> comparison() != null);
    showTermsTab(robot);

    // "road" at every place in A (and in B, which "Tag them all" tags too), one phrase in B.
    TaggingViewModel tagging = viewModel.tagging();
    int road = textOf(Side.A).indexOf("road");
    int roadsInA = count(textOf(Side.A), "road");
    int roadsInB = count(textOf(Side.B), "road");
    assertThat(roadsInA).isGreaterThan(1);
    robot.interact(() -> tagging.tagTerm(Side.A, road, road + 4, "policy"));
    FxWait.until(
        () -> FxWait.onFx(() -> tagging.offeredOccurrences().size() == roadsInA - 1 + roadsInB));
    robot.interact(tagging::tagOfferedOccurrences);
    int measure = textOf(Side.B).indexOf("routine safety measure");
    robot.interact(() -> tagging.tagTerm(Side.B, measure, measure + 22, "security"));
    String roadId = termAt(Side.A, road).id();
    String measureId = termAt(Side.B, measure).id();
    robot.interact(() -> tagging.edit(e -> c -> e.pairTerms(c, roadId, measureId)));

    ListView<TermPair> list = pairList(robot);
    FxWait.until(() -> FxWait.onFx(() -> list.getItems().size() == 1));
    String row = FxWait.onFx(() -> rowText(robot));
    assertThat(row)
        .startsWith(
            ComparisonNames.sideName(comparison(), Side.A)
                + " says \u201croad\u201d ("
                + roadsInA
                + "\u00d7) where "
                + ComparisonNames.sideName(comparison(), Side.B)
                + " says \u201croutine safety measure\u201d (1\u00d7)")
        .contains("Policy prescription / Security and defence")
        .doesNotContain("suggested");

    // A suggested pair (as the lexicon makes them) is listed dimmer until Enter confirms it.
    int service = textOf(Side.A).indexOf("ferry service");
    int ferry = textOf(Side.B).indexOf("ferry");
    TermTag a = suggestion("S1", Side.A, service, service + 13, "S2");
    TermTag b = suggestion("S2", Side.B, ferry, ferry + 5, "S1");
    robot.interact(() -> tagging.edit(e -> c -> e.addTermSuggestions(c, List.of(a, b))));
    FxWait.until(() -> FxWait.onFx(() -> list.getItems().size() == 2));
    TermPair suggested =
        FxWait.onFx(() -> list.getItems().stream().filter(p -> !p.confirmed()).findFirst())
            .orElseThrow();
    assertThat(suggested.a().words()).isEqualTo("ferry service");
    assertThat(suggested.b().words()).isEqualTo("ferry");
    robot.interact(
        () -> {
          list.getSelectionModel().select(suggested);
          list.scrollTo(suggested);
          list.requestFocus();
        });
    FxWait.until(
        () ->
            FxWait.onFx(
                () ->
                    robot.lookup(".term-pair-suggested").queryAll().stream()
                        .anyMatch(n -> n.isVisible())));
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    FxWait.until(() -> FxWait.onFx(() -> list.getItems().stream().allMatch(TermPair::confirmed)));
    assertThat(termAt(Side.A, service).status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(termAt(Side.B, ferry).status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(termAt(Side.A, service).pairedWith()).isEqualTo(termAt(Side.B, ferry).id());

    // Unpair takes the chosen pair off the list; the tags stay.
    int tagsBefore = comparison().terms().size();
    robot.interact(() -> list.getSelectionModel().select(0));
    robot.clickOn("#term-pairs-unpair");
    FxWait.until(() -> FxWait.onFx(() -> list.getItems().size() == 1));
    assertThat(comparison().terms()).hasSize(tagsBefore);
  }

  private void showTermsTab(FxRobot robot) throws Exception {
    robot.interact(
        () -> {
          stage.setWidth(1280);
          stage.setHeight(820);
          TabPane panel = robot.lookup("#side-panel").queryAs(TabPane.class);
          panel.getTabs().stream()
              .filter(t -> "tab-terms".equals(t.getId()))
              .findFirst()
              .ifPresent(panel.getSelectionModel()::select);
        });
    FxWait.until(() -> FxWait.onFx(() -> robot.lookup("#term-pairs-list").query().isVisible()));
  }

  @SuppressWarnings("unchecked")
  private static ListView<TermPair> pairList(FxRobot robot) {
    return robot.lookup("#term-pairs-list").queryAs(ListView.class);
  }

  private static String rowText(FxRobot robot) {
    return robot.lookup("#term-pairs-list .list-cell").queryAll().stream()
        .map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
        .filter(t -> t != null && !t.isEmpty())
        .findFirst()
        .orElse("");
  }

  private static TermTag suggestion(String id, Side side, int start, int end, String partner) {
    return new TermTag(
        id, side, start, end, "other", "", partner, LinkStatus.SUGGESTED, "", null, null);
  }

  private static int count(String text, String word) {
    return (int)
        java.util.regex.Pattern.compile("\\b" + word + "\\b").matcher(text).results().count();
  }

  private TermTag termAt(Side side, int start) {
    return comparison().terms().stream()
        .filter(t -> t.side() == side && t.start() == start)
        .findFirst()
        .orElseThrow();
  }

  private String textOf(Side side) {
    return comparison().document(side).text();
  }

  private Comparison comparison() {
    return viewModel.alignment().comparisonProperty().get();
  }
}
