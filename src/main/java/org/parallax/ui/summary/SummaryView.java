package org.parallax.ui.summary;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.summary.LinkMark;
import org.parallax.summary.SideSummary;
import org.parallax.summary.Summary;
import org.parallax.summary.Tally;
import org.parallax.summary.TermUse;
import org.parallax.ui.Messages;
import org.parallax.ui.Theme;
import org.parallax.ui.reading.RelationPalette;
import org.parallax.ui.support.Colours;

/**
 * The summary of a comparison: links per relation, the share of each essay with a counterpart,
 * framing terms per frame and side, each side's most tagged terms, and where the links fall along
 * each essay. Every figure is written out beside its chart; each part can be saved as a picture.
 */
final class SummaryView extends VBox {
  private final BarChart<String, Number> relations = chart("summary-relations");
  private final Label relationFigures = figures("summary-relation-figures");
  private final GridPane coverage = new GridPane();
  private final BarChart<String, Number> frames = chart("summary-frames");
  private final Label frameFigures = figures("summary-frame-figures");
  private final GridPane terms = new GridPane();
  private final GridPane strips = new GridPane();
  private final LinkStrip stripA = new LinkStrip();
  private final LinkStrip stripB = new LinkStrip();
  private final Label stripNameA = new Label();
  private final Label stripNameB = new Label();
  private final Consumer<SavedPart> save;
  private Theme.Look look = Theme.Look.LIGHT;
  private Summary shown;

  /** A part of the summary the reader asked to save as a picture. */
  record SavedPart(Node node, String name) {}

  SummaryView(Consumer<SavedPart> save) {
    this.save = save;
    setId("summary");
    getStyleClass().add("summary");
    setSpacing(14);
    setPadding(new Insets(16));
    coverage.setId("summary-coverage");
    coverage.setHgap(10);
    coverage.setVgap(6);
    terms.setId("summary-terms");
    terms.setHgap(24);
    terms.setVgap(2);
    stripA.setId("summary-strip-a");
    stripB.setId("summary-strip-b");
    strips.setHgap(10);
    strips.setVgap(8);
    stripNameA.setMinWidth(Region.USE_PREF_SIZE);
    stripNameB.setMinWidth(Region.USE_PREF_SIZE);
    strips.addRow(0, stripNameA, stripA);
    strips.addRow(1, stripNameB, stripB);
    GridPane.setHgrow(stripA, Priority.ALWAYS);
    GridPane.setHgrow(stripB, Priority.ALWAYS);
    getChildren()
        .addAll(
            part("relations", Messages.get("summary.relations"), relations, relationFigures),
            part("coverage", Messages.get("summary.coverage"), coverage),
            part("frames", Messages.get("summary.frames"), frames, frameFigures),
            part("terms", Messages.get("summary.terms"), terms),
            part("strips", Messages.get("summary.strips"), strips));
  }

  /**
   * Draws the relations in the colours of {@code now} (the high-contrast look's are brighter, for
   * black), as the window's look changes.
   */
  void wear(Theme.Look now) {
    look = now;
    show(shown);
  }

  void show(Summary summary) {
    if (summary == null) {
      return;
    }
    shown = summary;
    showRelations(summary.relations());
    showCoverage(summary);
    showFrames(summary);
    showTerms(summary);
    stripNameA.setText(summary.a().name());
    stripNameB.setText(summary.b().name());
    Map<String, Tally> relations =
        summary.relations().stream()
            .collect(Collectors.toMap(Tally::id, t -> t, (one, other) -> one));
    stripA.show(summary.a().marks(), m -> markColour(relations, m), m -> letter(relations, m));
    stripB.show(summary.b().marks(), m -> markColour(relations, m), m -> letter(relations, m));
  }

  private Color markColour(Map<String, Tally> relations, LinkMark mark) {
    Tally t = relations.get(mark.relation());
    return shown(mark.relation(), t == null ? mark.relation() : t.label(), mark.colour());
  }

  private static String letter(Map<String, Tally> relations, LinkMark mark) {
    Tally t = relations.get(mark.relation());
    return t == null || t.id().isEmpty() ? "" : RelationPalette.letter(kind(t.id(), t.label(), ""));
  }

  /** The colour a relation is drawn in for the look worn: the palette's, as on the ribbons. */
  private Color shown(String id, String label, String colour) {
    return RelationPalette.shown(kind(id, label, colour), Colours.parse(colour, Color.GRAY), look);
  }

  private static TagKind kind(String id, String label, String colour) {
    return new TagKind(id.isEmpty() ? "none" : id, TagTarget.LINK, label, colour, "");
  }

  private void showRelations(List<Tally> tallies) {
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    series.setName(Messages.get("summary.links"));
    for (Tally t : tallies) {
      XYChart.Data<String, Number> bar = new XYChart.Data<>(t.label(), t.count());
      colour(bar, Colours.web(shown(t.id(), t.label(), t.colour())));
      series.getData().add(bar);
    }
    relations.getData().setAll(List.of(series));
    relationFigures.setText(line(tallies));
  }

  private void showCoverage(Summary summary) {
    coverage.getChildren().clear();
    int row = 0;
    for (Side side : Side.values()) {
      SideSummary s = summary.side(side);
      ProgressBar share = new ProgressBar(s.matchedShare());
      share.setPrefWidth(220);
      share.setAccessibleText(s.name());
      Label words =
          new Label(
              Messages.get(
                  "summary.coverage.side",
                  s.name(),
                  s.matched(),
                  s.claims(),
                  Math.round(s.matchedShare() * 100)));
      words.setId("summary-coverage-" + side.name().toLowerCase(java.util.Locale.ROOT));
      coverage.addRow(row++, share, words);
    }
  }

  private void showFrames(Summary summary) {
    Set<String> labels = new LinkedHashSet<>();
    summary.a().frames().forEach(t -> labels.add(t.label()));
    summary.b().frames().forEach(t -> labels.add(t.label()));
    ((CategoryAxis) frames.getXAxis()).getCategories().setAll(labels);
    List<XYChart.Series<String, Number>> all = new java.util.ArrayList<>();
    StringBuilder words = new StringBuilder();
    for (Side side : Side.values()) {
      SideSummary s = summary.side(side);
      XYChart.Series<String, Number> series = new XYChart.Series<>();
      series.setName(s.name());
      for (String label : labels) {
        int n =
            s.frames().stream().filter(t -> t.label().equals(label)).mapToInt(Tally::count).sum();
        series.getData().add(new XYChart.Data<>(label, n));
      }
      all.add(series);
      words.append(s.name()).append(": ");
      words.append(s.frames().isEmpty() ? Messages.get("summary.none") : line(s.frames()));
      words.append('\n');
    }
    frames.getData().setAll(all);
    frameFigures.setText(words.toString().strip());
  }

  private void showTerms(Summary summary) {
    terms.getChildren().clear();
    int column = 0;
    for (Side side : Side.values()) {
      SideSummary s = summary.side(side);
      Label heading = new Label(s.name());
      heading.getStyleClass().add("summary-side");
      terms.add(heading, column, 0);
      int row = 1;
      if (s.topTerms().isEmpty()) {
        terms.add(new Label(Messages.get("summary.none")), column, row);
      }
      for (TermUse use : s.topTerms()) {
        Label term = new Label(Messages.get("summary.term", use.term(), use.count()));
        term.getStyleClass().add("summary-term-" + side.name().toLowerCase(java.util.Locale.ROOT));
        terms.add(term, column, row++);
      }
      column++;
    }
  }

  private Node part(String name, String title, Node... content) {
    Label heading = new Label(title);
    heading.getStyleClass().add("title-4");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    VBox part = new VBox(6);
    Button picture = new Button(Messages.get("summary.save"));
    picture.setId("summary-save-" + name);
    picture.setAccessibleText(Messages.get("summary.save.name", title));
    picture.setAccessibleHelp(Messages.get("a11y.summary.save.help"));
    picture.setOnAction(e -> save.accept(new SavedPart(part, name)));
    part.getChildren().add(new HBox(8, heading, gap, picture));
    part.getChildren().addAll(content);
    part.setId("summary-part-" + name);
    return part;
  }

  private static String line(List<Tally> tallies) {
    StringBuilder words = new StringBuilder();
    for (Tally t : tallies) {
      if (words.length() > 0) {
        words.append("  \u00b7  ");
      }
      words.append(t.label()).append(' ').append(t.count());
    }
    return words.toString();
  }

  private static void colour(XYChart.Data<String, Number> bar, String colour) {
    bar.nodeProperty()
        .addListener(
            (o, old, node) -> {
              if (node != null) {
                node.setStyle("-fx-bar-fill: " + colour + ";");
              }
            });
  }

  private static BarChart<String, Number> chart(String id) {
    NumberAxis counts = new NumberAxis();
    counts.setMinorTickVisible(false);
    counts.setTickLabelFormatter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Number n) {
            // Counts are whole: the axis's half steps get no label.
            return n.doubleValue() == Math.rint(n.doubleValue())
                ? Long.toString(n.longValue())
                : "";
          }

          @Override
          public Number fromString(String text) {
            return Double.valueOf(text);
          }
        });
    BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), counts);
    chart.setId(id);
    chart.setAnimated(false);
    chart.setPrefHeight(240);
    chart.setLegendVisible(id.equals("summary-frames"));
    return chart;
  }

  private static Label figures(String id) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().add("summary-figures");
    label.setWrapText(true);
    return label;
  }

  /** The file name a saved part is offered under. */
  static Path suggestion(String title, String name) {
    String base = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
    return Path.of((base.isEmpty() ? "summary" : base) + "-" + name + ".png");
  }
}
