package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.ui.reading.RelationPalette;
import org.parallax.ui.support.Colours;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The summary, Compare annotators and the export dialog wear the main window's look, high contrast
 * included, with every word on screen at 7:1 or more against what it stands on, and the two windows
 * change with it while they are open.
 */
@ExtendWith(ApplicationExtension.class)
class SecondaryWindowsLookTest {
  private TestWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = new TestWindow(stage);
  }

  /** The counterpart open and the first four links confirmed, one per built-in relation. */
  @BeforeEach
  void tagOnePerRelation(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    Comparison c = window.viewModel.alignment().comparisonProperty().get();
    String[] relations = {"agree", "contradict", "reframe", "partial"};
    for (int i = 0; i < relations.length; i++) {
      Link link = c.links().get(i);
      String relation = relations[i];
      robot.interact(
          () -> {
            window.viewModel.tagging().edit(e -> cc -> e.accept(cc, link.id()));
            window.viewModel.tagging().edit(e -> cc -> e.setRelation(cc, link.id(), relation));
          });
    }
  }

  @Test
  void theSummaryInHighContrastHasEveryWordAtSevenToOneAndRelationColoursForBlack(FxRobot robot)
      throws Exception {
    robot.interact(() -> window.viewModel.highContrastProperty().set(true));
    robot.clickOn("#left-area");
    robot.type(KeyCode.F6);
    FxWait.until(() -> robot.lookup("#summary").tryQuery().isPresent());
    Parent root = FxWait.onFx(() -> robot.lookup("#summary").query().getScene().getRoot());

    assertThat(FxWait.onFx(root::getStyleClass)).contains(Theme.HIGH_CONTRAST, Styles.DARK);
    assertThat(lowContrast(root)).isEmpty();
    String agreeBar =
        FxWait.onFx(() -> robot.lookup("#summary-relations .chart-bar").query().getStyle());
    assertThat(agreeBar)
        .contains(Colours.web(RelationPalette.mark("agree", Theme.Look.HIGH_CONTRAST)));
    assertThat(FxWait.onFx(() -> robot.lookup("#summary-strip-a .tick-letter").queryAll()))
        .extracting(n -> ((Text) n).getText())
        .contains("A", "C", "R", "P");
  }

  @Test
  void anOpenSummaryAndCompareAnnotatorsFollowTheLookTheReaderChooses(FxRobot robot)
      throws Exception {
    List<Parent> opened = openSummaryAndCompareAnnotators(robot);
    Parent summary = opened.get(0);
    Parent agree = opened.get(1);
    assertThat(FxWait.onFx(summary::getStyleClass)).doesNotContain(Styles.DARK);

    robot.interact(() -> window.viewModel.highContrastProperty().set(true));

    for (Parent root : List.of(summary, agree)) {
      assertThat(FxWait.onFx(root::getStyleClass)).contains(Theme.HIGH_CONTRAST);
      assertThat(lowContrast(root)).isEmpty();
    }

    robot.interact(
        () -> {
          window.viewModel.highContrastProperty().set(false);
          window.viewModel.darkProperty().set(true);
        });

    for (Parent root : List.of(summary, agree)) {
      assertThat(FxWait.onFx(root::getStyleClass))
          .contains(Styles.DARK)
          .doesNotContain(Theme.HIGH_CONTRAST);
      assertThat(FxWait.onFx(() -> root.getScene().getStylesheets()))
          .noneMatch(s -> s.endsWith("high-contrast.css"));
    }
  }

  @Test
  void anOpenSummaryAndCompareAnnotatorsGrowWithTheFontSizeTheReaderChooses(FxRobot robot)
      throws Exception {
    robot.interact(() -> window.viewModel.fontSizeProperty().set(20));
    List<Parent> opened = openSummaryAndCompareAnnotators(robot);
    Parent summary = opened.get(0);
    Parent agree = opened.get(1);
    List<Double> at20 = List.of(commonLabelFont(summary), commonLabelFont(agree));
    // Opened at 20px, their text is set from 20px (in em of it), not the toolkit's 13px or so.
    assertThat(at20).allSatisfy(size -> assertThat(size).isBetween(17.0, 23.0));

    robot.interact(() -> window.viewModel.fontSizeProperty().set(26));

    FxWait.until(
        () ->
            Math.abs(commonLabelFont(summary) - at20.get(0) * 26 / 20) < 0.05
                && Math.abs(commonLabelFont(agree) - at20.get(1) * 26 / 20) < 0.05);
  }

  /** Opens the summary (F6) and Compare annotators (File menu); their scenes' roots, in order. */
  private static List<Parent> openSummaryAndCompareAnnotators(FxRobot robot) throws Exception {
    robot.clickOn("#left-area");
    robot.type(KeyCode.F6);
    FxWait.until(() -> robot.lookup("#summary").tryQuery().isPresent());
    Parent summary = FxWait.onFx(() -> robot.lookup("#summary").query().getScene().getRoot());
    robot.interact(() -> robot.window(0).requestFocus());
    robot.clickOn(Messages.get("menu.file")).clickOn("#menu-compare-annotators");
    FxWait.until(() -> robot.lookup("#agree-window").tryQuery().isPresent());
    Parent agree = FxWait.onFx(() -> robot.lookup("#agree-window").query().getScene().getRoot());
    return List.of(summary, agree);
  }

  /** The font size most of {@code root}'s plain labels are set in (headings are larger). */
  private static double commonLabelFont(Parent root) {
    return FxWait.onFx(
        () -> {
          root.applyCss();
          java.util.Map<Double, Long> counts =
              root.lookupAll(".label").stream()
                  .filter(n -> n instanceof javafx.scene.control.Label)
                  .map(n -> ((javafx.scene.control.Label) n).getFont().getSize())
                  .collect(
                      java.util.stream.Collectors.groupingBy(
                          size -> size, java.util.stream.Collectors.counting()));
          return counts.entrySet().stream()
              .max(java.util.Map.Entry.comparingByValue())
              .orElseThrow()
              .getKey();
        });
  }

  @Test
  void theExportDialogInHighContrastHasEveryWordAtSevenToOne(FxRobot robot) throws Exception {
    robot.interact(() -> window.viewModel.highContrastProperty().set(true));
    robot.clickOn("#left-area");
    robot.push(KeyCode.CONTROL, KeyCode.E);
    FxWait.until(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
    Parent root = FxWait.onFx(() -> robot.lookup("#export-dialog").query().getScene().getRoot());

    List<String> low = lowContrast(root);
    List<String> classes = FxWait.onFx(() -> List.copyOf(root.getStyleClass()));
    // Closed before asserting: a modal dialog left open would hold the next test's window.
    robot.interact(() -> ((Stage) root.getScene().getWindow()).close());

    assertThat(classes).contains(Theme.HIGH_CONTRAST);
    assertThat(low).isEmpty();
  }

  /**
   * Every word shown under {@code root} (labels, buttons, chart and strip text) whose colour stands
   * out less than 7:1 from the background it is drawn on; words of disabled controls, which WCAG
   * leaves out, are not counted.
   */
  private static List<String> lowContrast(Parent root) {
    return FxWait.onFx(
        () -> {
          root.applyCss();
          root.layout();
          List<String> low = new ArrayList<>();
          for (Node node : FocusShown.all(root)) {
            if (!shown(node) || node.isDisabled()) {
              continue;
            }
            Color ink = null;
            String words = null;
            if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isBlank()
                && labeled.getTextFill() instanceof Color c) {
              ink = c;
              words = labeled.getText();
            } else if (node instanceof Text text
                && !(text.getParent() instanceof Labeled)
                && !isLabeledText(text)
                && text.getText() != null
                && !text.getText().isBlank()
                && text.getFill() instanceof Color c) {
              ink = c;
              words = text.getText();
            }
            if (ink == null) {
              continue;
            }
            Color under = backgroundOf(node);
            double ratio = Wcag.contrast(ink, under);
            if (ratio < 7) {
              low.add(
                  FocusShown.describe(node)
                      + " '"
                      + words
                      + "' "
                      + Colours.web(ink)
                      + " on "
                      + Colours.web(under)
                      + String.format(java.util.Locale.ROOT, " %.2f", ratio));
            }
          }
          return low;
        });
  }

  /** A labelled control draws its words with a Text of its skin, checked through the control. */
  private static boolean isLabeledText(Text text) {
    for (Node n = text.getParent(); n != null; n = n.getParent()) {
      if (n instanceof Labeled) {
        return true;
      }
    }
    return false;
  }

  private static boolean shown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible() || n.getOpacity() == 0) {
        return false;
      }
    }
    return true;
  }

  /** The colour under {@code node}: the innermost opaque fill of it or the nearest parent. */
  private static Color backgroundOf(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n instanceof Region region && region.getBackground() != null) {
        Background background = region.getBackground();
        List<BackgroundFill> fills = background.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
          if (fills.get(i).getFill() instanceof Color c && c.getOpacity() == 1) {
            return c;
          }
        }
      }
    }
    return Color.WHITE;
  }
}
