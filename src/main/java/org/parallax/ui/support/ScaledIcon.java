package org.parallax.ui.support;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An icon as large, next to its button's words, at every font size the reader picks: the 16px the
 * toolbar's icons have beside the window's 14px text, and as much larger or smaller as the text is.
 */
public final class ScaledIcon extends FontIcon {
  /** The icon's size in its button's font size (an em): 16px beside 14px text. */
  static final double EM = 16.0 / 14.0;

  private static final String SIZE_PROPERTY = "-fx-icon-size";

  /**
   * The theme's stylesheet gives every icon a fixed -fx-icon-size and wins over a size set from
   * code, and an em size cannot work (an ikonli icon sets its own font size, so the em would grow
   * with itself): the size is left out of what stylesheets may set.
   */
  private static final List<CssMetaData<? extends Styleable, ?>> STYLEABLE =
      FontIcon.getClassCssMetaData().stream()
          .filter(p -> !p.getProperty().equals(SIZE_PROPERTY))
          .toList();

  private ScaledIcon(Ikon icon) {
    super(icon);
  }

  /** Puts {@code icon} on {@code owner} as its graphic, sized from the owner's font. */
  public static ScaledIcon on(Labeled owner, Ikon icon) {
    ScaledIcon graphic = new ScaledIcon(icon);
    graphic.setIconSize(size(owner.getFont()));
    owner.fontProperty().addListener((o, was, font) -> graphic.setIconSize(size(font)));
    owner.setGraphic(graphic);
    return graphic;
  }

  static int size(Font font) {
    return (int) Math.round(font.getSize() * EM);
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return STYLEABLE;
  }
}
