package org.parallax.ui.reading;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.feather.Feather;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;
import org.parallax.ui.Theme;
import org.parallax.ui.align.AlignmentViewModel;
import org.parallax.ui.support.ScaledIcon;
import org.parallax.ui.tag.SpokenClaims;

/**
 * The strip between the two essays: one ribbon per linked claim pair, from the claim on the left to
 * its partner on the right, following both sides' scrolling. Ribbons cross where the essays order
 * things differently. Confirmed links are solid, suggestions faint and dashed, each in its
 * relation's colour ({@link RelationPalette}); links of the selected claim are drawn strongest.
 * Confirmed ribbons, and the selected claim's, carry their relation's letter (A, C, R, P …), so
 * colour never tells relations apart alone.
 */
public final class RibbonGutter extends Region {
  /** The gutter's width unless the reader widened it. */
  public static final double WIDTH = 72;

  public static final double MIN_WIDTH = 48;
  public static final double MAX_WIDTH = 320;

  /** How near its right edge a press starts widening the gutter. */
  private static final double EDGE = 6;

  /** How a ribbon's middle line is drawn: the legend shows the same strokes. */
  enum Stroke {
    SUGGESTED(0.55, 1, new double[] {4, 3}),
    CONFIRMED(0.85, 1.4, null),
    SELECTED(1, 2.2, null);

    private final double alpha;
    private final double width;
    private final double[] dashes;

    Stroke(double alpha, double width, double[] dashes) {
      this.alpha = alpha;
      this.width = width;
      this.dashes = dashes;
    }

    double alpha() {
      return alpha;
    }

    double width() {
      return width;
    }

    double[] dashes() {
      return dashes;
    }
  }

  /** Ribbons whose other end is scrolled out of view are drawn this much fainter. */
  private static final double OFF_SCREEN_FADE = 0.35;

  private final Canvas canvas = new Canvas();
  private final DocumentArea left;
  private final DocumentArea right;
  private final AlignmentViewModel alignment;
  private final ObservableValue<Theme.Look> look;
  private final BooleanProperty onlySelected = new SimpleBooleanProperty(this, "onlySelected");
  private final StyleableObjectProperty<Paint> neutral = new SimpleStyleable(NEUTRAL, Color.GRAY);
  private final DoubleProperty gutterWidth = new SimpleDoubleProperty(this, "gutterWidth", WIDTH);
  private final Button legendButton = new Button();

  /** How much larger than the default the window's text is: the gutter grows with it (look). */
  private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1);

  private PopOver legend;
  private boolean widening;
  private Runnable onWidened = () -> {};
  private boolean redrawQueued;

  /** Where this redraw has put relation letters, so that they do not pile up. */
  private final List<Double> letterRows = new java.util.ArrayList<>();

  public RibbonGutter(
      DocumentArea left,
      DocumentArea right,
      AlignmentViewModel alignment,
      ObservableValue<Theme.Look> look) {
    this.left = left;
    this.right = right;
    this.alignment = alignment;
    this.look = look;
    setId("ribbon-gutter");
    getStyleClass().add(Styles.RIBBON_GUTTER);
    DoubleBinding shown = gutterWidth.multiply(fontScale);
    minWidthProperty().bind(shown);
    prefWidthProperty().bind(shown);
    maxWidthProperty().bind(shown);
    ScaledIcon.on(legendButton, Feather.HELP_CIRCLE);
    legendButton.setId("ribbon-legend-button");
    legendButton.setAccessibleText(Messages.get("a11y.legend"));
    legendButton.setAccessibleHelp(Messages.get("legend.tooltip"));
    legendButton.getStyleClass().addAll("ribbon-legend-button", "flat", "button-icon");
    legendButton.setTooltip(new Tooltip(Messages.get("legend.tooltip")));
    legendButton.setOnAction(e -> showLegend());
    getChildren().addAll(canvas, legendButton);
    letReaderWiden();
    for (DocumentArea area : List.of(left, right)) {
      area.viewportDirtyEvents().subscribe(e -> requestRedraw());
      area.estimatedScrollYProperty().addListener((o, a, b) -> requestRedraw());
    }
    alignment.comparisonProperty().addListener((o, a, b) -> requestRedraw());
    alignment.selectedProperty().addListener((o, a, b) -> requestRedraw());
    onlySelected.addListener((o, a, b) -> requestRedraw());
    look.addListener((o, a, b) -> requestRedraw());
    neutral.addListener((o, a, b) -> requestRedraw());
    // A screen reader cannot see the ribbons: the gutter says what they join for the chosen claim.
    setAccessibleRole(AccessibleRole.TEXT);
    setAccessibleRoleDescription(Messages.get("a11y.ribbons.role"));
    setAccessibleHelp(Messages.get("a11y.ribbons.help"));
    Runnable speak =
        () ->
            setAccessibleText(
                SpokenClaims.ribbons(
                    alignment.comparisonProperty().get(), alignment.selectedProperty().get()));
    alignment.comparisonProperty().addListener((o, a, b) -> speak.run());
    alignment.selectedProperty().addListener((o, a, b) -> speak.run());
    speak.run();
  }

  /** When true, only the selected claim's ribbons are drawn. */
  public BooleanProperty onlySelectedProperty() {
    return onlySelected;
  }

  /** Runs {@code action} when the reader has widened or narrowed the gutter. */
  public void setOnWidened(Runnable action) {
    onWidened = action;
  }

  /** Gives the gutter a width the reader chose before; NaN (never chosen) leaves it as it is. */
  public void restoreWidth(double width) {
    if (Double.isFinite(width)) {
      gutterWidth.set(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width)));
    }
  }

  /**
   * The gutter's width at the default font size, which the reader changes by dragging its right
   * edge; on screen it is this times {@link #fontScaleProperty()}.
   */
  public DoubleProperty gutterWidthProperty() {
    return gutterWidth;
  }

  /** How much larger than the default the window's text is; the gutter is as much wider. */
  public DoubleProperty fontScaleProperty() {
    return fontScale;
  }

  @Override
  protected void layoutChildren() {
    canvas.setWidth(getWidth());
    canvas.setHeight(getHeight());
    legendButton.autosize();
    legendButton.relocate((getWidth() - legendButton.getWidth()) / 2, 2);
    requestRedraw();
  }

  /** Shows what colours and strokes mean, for the codebook of the comparison on screen. */
  private void showLegend() {
    Comparison comparison = alignment.comparisonProperty().get();
    Codebook codebook = comparison == null ? Codebook.defaults() : comparison.codebook();
    Color grey = neutral.get() instanceof Color c ? c : Color.GRAY;
    if (legend != null) {
      legend.hide();
    }
    legend = new PopOver(RibbonLegend.of(codebook, grey, look.getValue()));
    legend.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
    legend.setDetachable(false);
    legend.getRoot().getStylesheets().setAll(getScene().getStylesheets());
    legend.getRoot().getStyleClass().add("ribbon-legend-popover");
    if (look.getValue() != Theme.Look.LIGHT) {
      legend.getRoot().getStyleClass().add(Styles.DARK);
    }
    if (look.getValue() == Theme.Look.HIGH_CONTRAST) {
      legend.getRoot().getStyleClass().add(Theme.HIGH_CONTRAST);
    }
    legend.show(legendButton);
  }

  /** Dragging the gutter's right edge widens or narrows it, for room to tell ribbons apart. */
  private void letReaderWiden() {
    addEventHandler(
        MouseEvent.MOUSE_MOVED,
        e -> setCursor(e.getX() >= getWidth() - EDGE ? Cursor.H_RESIZE : Cursor.DEFAULT));
    addEventHandler(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          widening = e.getX() >= getWidth() - EDGE;
          if (widening) {
            e.consume();
          }
        });
    addEventHandler(
        MouseEvent.MOUSE_DRAGGED,
        e -> {
          if (widening) {
            gutterWidth.set(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, e.getX() / fontScale.get())));
            e.consume();
          }
        });
    addEventHandler(
        MouseEvent.MOUSE_RELEASED,
        e -> {
          if (widening) {
            widening = false;
            onWidened.run();
          }
        });
  }

  /** Coalesces many viewport changes in one pulse into a single redraw. */
  private void requestRedraw() {
    if (!redrawQueued) {
      redrawQueued = true;
      Platform.runLater(
          () -> {
            redrawQueued = false;
            redraw();
          });
    }
  }

  /** Draws every ribbon now; returns how many were drawn (for tests and the benchmark). */
  public int redraw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    Comparison comparison = alignment.comparisonProperty().get();
    if (comparison == null || left.getLength() == 0 || right.getLength() == 0) {
      return 0;
    }
    Claim selected = alignment.selectedProperty().get();
    letterRows.clear();
    int drawn = 0;
    for (Link link : comparison.links()) {
      if (link.status() == LinkStatus.REJECTED) {
        continue;
      }
      boolean ofSelected = selected != null && link.involves(selected.id());
      if (onlySelected.get() && !ofSelected) {
        continue;
      }
      drawn += drawLink(g, comparison, link, ofSelected);
    }
    return drawn;
  }

  private int drawLink(GraphicsContext g, Comparison comparison, Link link, boolean emphasised) {
    int drawn = 0;
    for (String aId : link.aClaims()) {
      for (String bId : link.bClaims()) {
        Optional<Claim> a = comparison.claim(aId);
        Optional<Claim> b = comparison.claim(bId);
        if (a.isEmpty() || b.isEmpty()) {
          continue;
        }
        Optional<ClaimPlacement> from = ClaimPlacement.of(left, a.get(), this);
        Optional<ClaimPlacement> to = ClaimPlacement.of(right, b.get(), this);
        if (from.isEmpty() || to.isEmpty() || !(from.get().visible() || to.get().visible())) {
          continue;
        }
        boolean bothShown = from.get().visible() && to.get().visible();
        Optional<TagKind> kind = kindOf(comparison, link);
        Color colour =
            kind.map(k -> RelationPalette.shown(k, neutralColour(), look.getValue()))
                .orElse(neutralColour());
        double fade = bothShown ? 1 : OFF_SCREEN_FADE;
        drawRibbon(g, from.get(), to.get(), colour, link.status(), emphasised, fade);
        boolean confirmed = link.status() == LinkStatus.CONFIRMED;
        if (kind.isPresent() && (confirmed || emphasised)) {
          String letter = RelationPalette.letter(kind.get()) + (confirmed ? "" : "?");
          drawLetter(g, letter, (from.get().middle() + to.get().middle()) / 2, colour, fade);
        }
        drawn++;
      }
    }
    return drawn;
  }

  private void drawRibbon(
      GraphicsContext g,
      ClaimPlacement from,
      ClaimPlacement to,
      Color colour,
      LinkStatus status,
      boolean emphasised,
      double fade) {
    double w = canvas.getWidth();
    double bend = w * 0.5;
    boolean confirmed = status == LinkStatus.CONFIRMED;
    double fillAlpha = (emphasised ? 0.45 : confirmed ? 0.28 : 0.10) * fade;
    g.setFill(colour.deriveColor(0, 1, 1, fillAlpha));
    g.beginPath();
    g.moveTo(0, from.top());
    g.bezierCurveTo(bend, from.top(), w - bend, to.top(), w, to.top());
    g.lineTo(w, to.bottom());
    g.bezierCurveTo(w - bend, to.bottom(), bend, from.bottom(), 0, from.bottom());
    g.closePath();
    g.fill();
    Stroke stroke = emphasised ? Stroke.SELECTED : confirmed ? Stroke.CONFIRMED : Stroke.SUGGESTED;
    g.setStroke(colour.deriveColor(0, 1, 1, stroke.alpha() * fade));
    g.setLineWidth(stroke.width());
    g.setLineDashes(confirmed ? null : Stroke.SUGGESTED.dashes());
    g.beginPath();
    g.moveTo(0, from.middle());
    g.bezierCurveTo(bend, from.middle(), w - bend, to.middle(), w, to.middle());
    g.stroke();
  }

  /**
   * A link's relation: its own, or for a suggestion the reader has given none, the suggested
   * relation (drawn faint and dashed like every suggestion); empty when the codebook has none.
   */
  private static Optional<TagKind> kindOf(Comparison comparison, Link link) {
    String relation =
        link.relation().isEmpty() && link.status() == LinkStatus.SUGGESTED
            ? link.suggestedRelation()
            : link.relation();
    return comparison.codebook().find(TagTarget.LINK, relation);
  }

  private Color neutralColour() {
    return neutral.get() instanceof Color c ? c : Color.GRAY;
  }

  /**
   * The relation's letter in a small disc at the ribbon's middle, unless another letter already
   * sits there; a suggestion's letter ends in "?".
   */
  private void drawLetter(GraphicsContext g, String letter, double y, Color colour, double fade) {
    // The legend button's font follows the window's font size; the letters follow it too.
    double size = Math.max(9, legendButton.getFont().getSize() * 0.85);
    double radius = size * 0.75 + (letter.length() > 1 ? size * 0.25 : 0);
    if (y < 0
        || y > canvas.getHeight()
        || letterRows.stream().anyMatch(r -> Math.abs(r - y) < radius * 2)) {
      return;
    }
    letterRows.add(y);
    double x = canvas.getWidth() / 2;
    g.setLineDashes(null);
    g.setFill(RelationPalette.surface(look.getValue()).deriveColor(0, 1, 1, fade));
    g.fillOval(x - radius, y - radius * 0.8, radius * 2, radius * 1.6);
    g.setStroke(colour.deriveColor(0, 1, 1, fade));
    g.setLineWidth(1.2);
    g.strokeOval(x - radius, y - radius * 0.8, radius * 2, radius * 1.6);
    g.setFill(colour.deriveColor(0, 1, 1, fade));
    g.setFont(Font.font(legendButton.getFont().getFamily(), FontWeight.BOLD, size));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(letter, x, y);
  }

  private static final CssMetaData<RibbonGutter, Paint> NEUTRAL =
      new CssMetaData<>("-px-ribbon-color", PaintConverter.getInstance(), Color.GRAY) {
        @Override
        public boolean isSettable(RibbonGutter gutter) {
          return !gutter.neutral.isBound();
        }

        @Override
        @SuppressWarnings("unchecked")
        public StyleableProperty<Paint> getStyleableProperty(RibbonGutter gutter) {
          return gutter.neutral;
        }
      };

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    List<CssMetaData<? extends Styleable, ?>> all =
        new java.util.ArrayList<>(getClassCssMetaData());
    all.add(NEUTRAL);
    return all;
  }

  private final class SimpleStyleable extends StyleableObjectProperty<Paint> {
    private final CssMetaData<RibbonGutter, Paint> meta;

    SimpleStyleable(CssMetaData<RibbonGutter, Paint> meta, Paint initial) {
      super(initial);
      this.meta = meta;
    }

    @Override
    public Object getBean() {
      return RibbonGutter.this;
    }

    @Override
    public String getName() {
      return "neutralRibbonColour";
    }

    @Override
    public CssMetaData<? extends Styleable, Paint> getCssMetaData() {
      return meta;
    }
  }
}
