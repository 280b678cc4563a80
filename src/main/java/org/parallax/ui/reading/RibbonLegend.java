package org.parallax.ui.reading;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.parallax.model.Codebook;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.ui.Messages;
import org.parallax.ui.Theme;

/**
 * What the ribbons between the essays mean: each relation of the codebook in its colour, and how
 * suggested, confirmed and selected links are drawn. Drawn with the gutter's own strokes, so the
 * legend and the ribbons cannot disagree.
 */
final class RibbonLegend {
  private static final double SAMPLE = 36;

  private RibbonLegend() {}

  /** The legend for the relations of {@code codebook}; {@code neutral} draws the line styles. */
  static GridPane of(Codebook codebook, Color neutral, Theme.Look look) {
    GridPane grid = new GridPane();
    grid.setId("ribbon-legend");
    grid.getStyleClass().add("ribbon-legend");
    grid.setHgap(10);
    grid.setVgap(6);
    int row = 0;
    grid.add(heading(Messages.get("legend.relations")), 0, row++, 2, 1);
    for (TagKind kind : codebook.kinds(TagTarget.LINK)) {
      Color colour = RelationPalette.shown(kind, neutral, look);
      Line sample = sample(RibbonGutter.Stroke.CONFIRMED, colour);
      sample.setId("legend-" + kind.id());
      // The letter the ribbons carry, beside the name it stands for.
      Label letter = new Label(RelationPalette.letter(kind));
      letter.getStyleClass().add("ribbon-legend-letter");
      Label name = new Label(kind.label(), letter);
      grid.addRow(row++, sample, name);
    }
    grid.addRow(
        row++,
        sample(RibbonGutter.Stroke.CONFIRMED, neutral),
        new Label(Messages.get("legend.unset")));
    grid.add(heading(Messages.get("legend.lines")), 0, row++, 2, 1);
    grid.addRow(
        row++,
        sample(RibbonGutter.Stroke.SUGGESTED, neutral),
        new Label(Messages.get("legend.suggested")));
    grid.addRow(
        row++,
        sample(RibbonGutter.Stroke.CONFIRMED, neutral),
        new Label(Messages.get("legend.confirmed")));
    grid.addRow(
        row++,
        sample(RibbonGutter.Stroke.SELECTED, neutral),
        new Label(Messages.get("legend.selected")));
    Label widen = new Label(Messages.get("legend.widen"));
    widen.getStyleClass().add("form-help");
    widen.setWrapText(true);
    widen.setMaxWidth(220);
    grid.add(widen, 0, row, 2, 1);
    return grid;
  }

  private static Line sample(RibbonGutter.Stroke stroke, Color colour) {
    Line line = new Line(0, 0, SAMPLE, 0);
    line.setStroke(colour.deriveColor(0, 1, 1, stroke.alpha()));
    line.setStrokeWidth(stroke.width());
    if (stroke.dashes() != null) {
      line.getStrokeDashArray().setAll(stroke.dashes()[0], stroke.dashes()[1]);
    }
    return line;
  }

  private static Node heading(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("shortcuts-heading");
    return label;
  }
}
