package org.parallax.ui.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.framing.Term;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TermTag;
import org.parallax.ui.FxWait;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.TestWindow;
import org.parallax.ui.reading.DocumentArea;
import org.parallax.ui.support.PngFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A reader compares two essays on one valley, one that speaks of residents and reintegration, one
 * of people and an exodus. In the Words tab she sees each side's words, picks one to see it in both
 * essays, tags it everywhere with a frame, and tags and pairs two names across the lists.
 */
@ExtendWith(ApplicationExtension.class)
class WordsTabTest {
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
  void aReaderSeesEachSidesWordsHighlightsOneTagsItAndPairsTwo(FxRobot robot) throws Exception {
    openTheValleyAndTheExodus(robot);

    // Nothing is found while the tab is hidden.
    assertThat(FxWait.onFx(() -> viewModel.words().a().isEmpty())).isTrue();
    showTab(robot, "tab-words");
    ListView<Term> listA = list(robot, "#words-list-a");
    ListView<Term> listB = list(robot, "#words-list-b");
    FxWait.until(() -> FxWait.onFx(() -> !listA.getItems().isEmpty()));

    assertThat(FxWait.onFx(() -> words(listA)))
        .contains("residents", "khankendi", "anti-terrorist measures")
        .doesNotContain("exodus", "people");
    assertThat(FxWait.onFx(() -> words(listB)))
        .contains("exodus", "people", "stepanakert", "military offensive")
        .doesNotContain("residents");
    assertThat(FxWait.onFx(() -> listA.getItems().get(0).z())).isPositive();
    // Each list is headed by its side's name (here its title, as no perspective is set).
    assertThat(robot.lookup("#words-heading-a").queryLabeled().getText())
        .isEqualTo("The valley after the operation uses more");
    assertThat(robot.lookup("#words-heading-b").queryLabeled().getText())
        .isEqualTo("The valley after the offensive uses more");

    // A click shows every "residents" in A, and nowhere else.
    robot.clickOn(cell(robot, listA, "residents"));
    FxWait.until(() -> found(Side.A).size() == occurrences(Side.A, "residents").size());
    assertThat(found(Side.A)).containsExactlyElementsOf(occurrences(Side.A, "residents"));
    assertThat(found(Side.B)).isEmpty();
    saveSnapshot(robot);

    // T, with a frame chosen, tags every occurrence as a framing term with that frame.
    ComboBox<TagKind> frame = robot.lookup("#words-frame").queryComboBox();
    assertThat(FxWait.onFx(() -> frame.getValue().id())).isEqualTo("other");
    robot.interact(
        () ->
            frame.setValue(
                frame.getItems().stream()
                    .filter(k -> k.id().equals("security"))
                    .findFirst()
                    .orElseThrow()));
    robot.clickOn(cell(robot, listA, "residents"));
    robot.type(KeyCode.T);
    FxWait.until(() -> comparison().terms().size() == occurrences(Side.A, "residents").size());
    assertThat(comparison().terms())
        .allSatisfy(
            t -> {
              assertThat(t.side()).isEqualTo(Side.A);
              assertThat(t.frame()).isEqualTo("security");
              assertThat(text(Side.A).substring(t.start(), t.end())).isEqualTo("residents");
            });

    // Khankendi on the left, Stepanakert on the right: both tagged with the lexicon's frame,
    // paired.
    robot.clickOn(cell(robot, listA, "Khankendi"));
    FxWait.until(() -> FxWait.onFx(() -> "cultural_identity".equals(frame.getValue().id())));
    robot.clickOn(cell(robot, listB, "Stepanakert"));
    FxWait.until(() -> found(Side.B).size() == occurrences(Side.B, "Stepanakert").size());
    robot.clickOn("#words-pair");
    FxWait.until(() -> comparison().terms().stream().anyMatch(t -> !t.pairedWith().isEmpty()));
    TermTag khankendi = firstTag(Side.A, "Khankendi");
    TermTag stepanakert = firstTag(Side.B, "Stepanakert");
    assertThat(khankendi.pairedWith()).isEqualTo(stepanakert.id());
    assertThat(stepanakert.pairedWith()).isEqualTo(khankendi.id());
    assertThat(khankendi.frame()).isEqualTo("cultural_identity");
    assertThat(stepanakert.frame()).isEqualTo("cultural_identity");
    assertThat(comparison().terms().stream().filter(t -> t.side() == Side.B))
        .hasSize(occurrences(Side.B, "Stepanakert").size());

    // The arrow keys pick the next word (the one above, or below when it is the first), and show
    // it instead.
    robot.clickOn(cell(robot, listB, "Stepanakert"));
    int at = FxWait.onFx(() -> listB.getSelectionModel().getSelectedIndex());
    int next = at > 0 ? at - 1 : at + 1;
    String neighbour = FxWait.onFx(() -> listB.getItems().get(next).term());
    robot.type(at > 0 ? KeyCode.UP : KeyCode.DOWN);
    FxWait.until(() -> found(Side.B).equals(occurrences(Side.B, neighbour)));
    assertThat(found(Side.B)).isNotEmpty();

    // Leaving the tab clears the highlights.
    showTab(robot, "tab-links");
    FxWait.until(() -> found(Side.A).isEmpty() && found(Side.B).isEmpty());
  }

  @Test
  void aNameKeptInTheLexiconFromTheTermsTabIsListedWhenTheWordsTabShowsAgain(FxRobot robot)
      throws Exception {
    openTheValleyAndTheExodus(robot);
    showTab(robot, "tab-words");
    ListView<Term> listA = list(robot, "#words-list-a");
    FxWait.until(() -> FxWait.onFx(() -> !listA.getItems().isEmpty()));
    assertThat(FxWait.onFx(() -> words(listA))).doesNotContain("reintegration teams");

    // In the Terms tab she pairs two phrases each essay uses once and keeps them in her lexicon.
    showTab(robot, "tab-terms");
    String teams = "reintegration teams";
    String aid = "Aid workers";
    int a = text(Side.A).indexOf(teams);
    int b = text(Side.B).indexOf(aid);
    robot.interact(
        () -> {
          viewModel.tagging().tagTerm(Side.A, a, a + teams.length(), "other");
          viewModel.tagging().tagTerm(Side.B, b, b + aid.length(), "other");
        });
    FxWait.until(() -> comparison().terms().size() == 2);
    String idA = firstTag(Side.A, teams).id();
    String idB = firstTag(Side.B, aid).id();
    robot.interact(() -> viewModel.tagging().edit(edits -> c -> edits.pairTerms(c, idA, idB)));
    FxWait.until(() -> !firstTag(Side.A, teams).pairedWith().isEmpty());
    TermTag kept = firstTag(Side.A, teams);
    robot.interact(() -> viewModel.tagging().addToLexicon(kept));
    FxWait.until(() -> window.alignmentChoices.load(p -> {}).equivalences().contains(teams));

    showTab(robot, "tab-words");

    FxWait.until(() -> FxWait.onFx(() -> words(listA).contains(teams)));
    assertThat(FxWait.onFx(() -> words(listA))).contains("residents", teams);
  }

  /** The essay on the valley's residents on the left, the one on its exodus opened beside it. */
  private void openTheValleyAndTheExodus(FxRobot robot) throws Exception {
    Path valley = window.fixture("words-valley.txt");
    robot.interact(() -> viewModel.openFile(Side.A, valley));
    FxWait.until(() -> !viewModel.side(Side.A).isEmpty() && text(Side.A).contains("residents"));
    window.nextChosenFile.set(window.fixture("words-exodus.txt"));
    robot.clickOn("#tool-open");
    FxWait.until(() -> comparison() != null && comparison().b().text().contains("exodus"));
  }

  private void showTab(FxRobot robot, String id) {
    // An earlier test may have left the shared stage narrow, with the tab's header folded into
    // the tab pane's overflow menu: choose the tab as that menu would.
    robot.interact(
        () -> {
          stage.setWidth(1280);
          stage.setHeight(820);
          TabPane panel = robot.lookup("#side-panel").queryAs(TabPane.class);
          panel.getTabs().stream()
              .filter(t -> id.equals(t.getId()))
              .findFirst()
              .ifPresent(panel.getSelectionModel()::select);
        });
  }

  @SuppressWarnings("unchecked")
  private static ListView<Term> list(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(ListView.class);
  }

  private static List<String> words(ListView<Term> list) {
    return list.getItems().stream().map(t -> t.term().toLowerCase(Locale.ROOT)).toList();
  }

  /** The row of {@code word} in {@code list}, scrolled into view. */
  private static Node cell(FxRobot robot, ListView<Term> list, String word) throws Exception {
    robot.interact(
        () ->
            list.getItems().stream()
                .filter(t -> t.term().equalsIgnoreCase(word))
                .findFirst()
                .ifPresent(list::scrollTo));
    FxWait.until(
        () ->
            FxWait.onFx(
                () ->
                    !robot
                        .from(list)
                        .lookup((Label l) -> word.equalsIgnoreCase(l.getText()))
                        .queryAll()
                        .isEmpty()));
    return robot.from(list).lookup((Label l) -> word.equalsIgnoreCase(l.getText())).query();
  }

  /** The stretches of {@code side}'s text styled as found, as [start, end) pairs. */
  private List<List<Integer>> found(Side side) {
    return FxWait.onFx(
        () -> {
          DocumentArea area =
              (DocumentArea) stage.getScene().lookup(side == Side.A ? "#left-area" : "#right-area");
          List<List<Integer>> runs = new ArrayList<>();
          String text = area.getText();
          int start = -1;
          for (int i = 0; i <= text.length(); i++) {
            Collection<String> style = i < text.length() ? area.getStyleOfChar(i) : List.of();
            boolean on = i < text.length() && style.contains("found");
            if (on && start < 0) {
              start = i;
            } else if (!on && start >= 0) {
              runs.add(List.of(start, i));
              start = -1;
            }
          }
          return runs;
        });
  }

  /** Where {@code word} occurs in {@code side}'s text as a whole word, in any case. */
  private List<List<Integer>> occurrences(Side side, String word) {
    String text = text(side).toLowerCase(Locale.ROOT);
    String wanted = word.toLowerCase(Locale.ROOT);
    List<List<Integer>> at = new ArrayList<>();
    for (int i = text.indexOf(wanted); i >= 0; i = text.indexOf(wanted, i + 1)) {
      boolean before = i > 0 && Character.isLetter(text.charAt(i - 1));
      int end = i + wanted.length();
      boolean after = end < text.length() && Character.isLetter(text.charAt(end));
      if (!before && !after) {
        at.add(List.of(i, end));
      }
    }
    return at;
  }

  private TermTag firstTag(Side side, String word) {
    return comparison().terms().stream()
        .filter(t -> t.side() == side)
        .filter(t -> text(side).substring(t.start(), t.end()).equals(word))
        .min(java.util.Comparator.comparingInt(TermTag::start))
        .orElseThrow();
  }

  private String text(Side side) {
    return FxWait.onFx(
        () -> {
          Comparison c = comparison();
          return c != null
              ? c.document(side).text()
              : viewModel.side(side).isEmpty() ? "" : viewModel.side(side).document().text();
        });
  }

  private Comparison comparison() {
    return viewModel.alignment().comparisonProperty().get();
  }

  /** A picture of the window with a word picked, for a person to look at (target/). */
  private void saveSnapshot(FxRobot robot) throws Exception {
    Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve("words-tab.png");
    javafx.scene.image.Image image = FxWait.onFx(() -> stage.getScene().snapshot(null));
    PngFile.write(image, out);
  }
}
