package org.parallax.ui.reading;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.TagTarget;
import org.parallax.ui.Styles;
import org.parallax.ui.align.AlignmentViewModel;
import org.parallax.ui.support.Colours;

/**
 * The strip between the two essays: one ribbon per linked claim pair, from the claim on the left to
 * its partner on the right, following both sides' scrolling. Ribbons cross where the essays order
 * things differently. Confirmed links are solid, suggestions faint and dashed, each in its
 * relation's codebook colour; links of the selected claim are drawn strongest.
 */
public final class RibbonGutter extends Region {
  private static final double WIDTH = 72;

  /** Ribbons whose other end is scrolled out of view are drawn this much fainter. */
  private static final double OFF_SCREEN_FADE = 0.35;

  private final Canvas canvas = new Canvas();
  private final DocumentArea left;
  private final DocumentArea right;
  private final AlignmentViewModel alignment;
  private final ObservableBooleanValue dark;
  private final BooleanProperty onlySelected = new SimpleBooleanProperty(this, "onlySelected");
  private final StyleableObjectProperty<Paint> neutral = new SimpleStyleable(NEUTRAL, Color.GRAY);
  private boolean redrawQueued;

  public RibbonGutter(
      DocumentArea left,
      DocumentArea right,
      AlignmentViewModel alignment,
      ObservableBooleanValue dark) {
    this.left = left;
    this.right = right;
    this.alignment = alignment;
    this.dark = dark;
    setId("ribbon-gutter");
    getStyleClass().add(Styles.RIBBON_GUTTER);
    setMinWidth(WIDTH);
    setPrefWidth(WIDTH);
    setMaxWidth(WIDTH);
    getChildren().add(canvas);
    for (DocumentArea area : List.of(left, right)) {
      area.viewportDirtyEvents().subscribe(e -> requestRedraw());
      area.estimatedScrollYProperty().addListener((o, a, b) -> requestRedraw());
    }
    alignment.comparisonProperty().addListener((o, a, b) -> requestRedraw());
    alignment.selectedProperty().addListener((o, a, b) -> requestRedraw());
    onlySelected.addListener((o, a, b) -> requestRedraw());
    dark.addListener((o, a, b) -> requestRedraw());
    neutral.addListener((o, a, b) -> requestRedraw());
  }

  /** When true, only the selected claim's ribbons are drawn. */
  public BooleanProperty onlySelectedProperty() {
    return onlySelected;
  }

  @Override
  protected void layoutChildren() {
    canvas.setWidth(getWidth());
    canvas.setHeight(getHeight());
    requestRedraw();
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
        drawRibbon(
            g,
            from.get(),
            to.get(),
            colourOf(comparison, link),
            link.status(),
            emphasised,
            bothShown ? 1 : OFF_SCREEN_FADE);
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
    g.setStroke(colour.deriveColor(0, 1, 1, (emphasised ? 1 : confirmed ? 0.85 : 0.55) * fade));
    g.setLineWidth(emphasised ? 2.2 : confirmed ? 1.4 : 1);
    g.setLineDashes(confirmed ? null : new double[] {4, 3});
    g.beginPath();
    g.moveTo(0, from.middle());
    g.bezierCurveTo(bend, from.middle(), w - bend, to.middle(), w, to.middle());
    g.stroke();
  }

  private Color colourOf(Comparison comparison, Link link) {
    Color base =
        comparison
            .codebook()
            .find(TagTarget.LINK, link.relation())
            .map(kind -> Colours.parse(kind.colour(), null))
            .orElse(null);
    if (base == null) {
      return neutral.get() instanceof Color c ? c : Color.GRAY;
    }
    // Codebook colours are chosen for light backgrounds; lighten them on the dark theme.
    return dark.get() ? base.interpolate(Color.WHITE, 0.35) : base;
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
