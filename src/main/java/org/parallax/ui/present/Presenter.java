package org.parallax.ui.present;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.present.Deck;
import org.parallax.ui.Theme;
import org.parallax.ui.tag.ComparisonSession;
import org.parallax.ui.tag.LinkListModel;

/**
 * Starts presentation mode from the main window: a deck of the comparison on screen, following the
 * links list's filters and reading order, in the window's look (light, dark or high contrast), on
 * the window's screen.
 */
public final class Presenter {
  private final Stage owner;
  private final ComparisonSession session;
  private final LinkListModel links;
  private final ObservableValue<Theme.Look> look;
  private final Consumer<String> showLink;
  private PresentationWindow showing;

  /**
   * @param showLink puts the reader on a link (by id) when a presentation ends on one
   */
  public Presenter(
      Stage owner,
      ComparisonSession session,
      LinkListModel links,
      ObservableValue<Theme.Look> look,
      Consumer<String> showLink) {
    this.owner = owner;
    this.session = session;
    this.links = links;
    this.look = look;
    this.showLink = showLink;
  }

  /** Opens presentation mode at its first slide. */
  public void present() {
    present(Optional.empty());
  }

  /**
   * Opens presentation mode at the slide of link {@code startLink} when the deck shows it, else at
   * the first slide; does nothing without a comparison or while a presentation is showing.
   */
  public void present(Optional<String> startLink) {
    Optional<Comparison> shown = session.comparison();
    if (shown.isEmpty() || showing != null) {
      return;
    }
    Side order = Optional.ofNullable(links.sideProperty().get()).orElse(Side.A);
    Deck deck = Deck.build(shown.get(), order, links.filter());
    PresentationViewModel viewModel = new PresentationViewModel(deck, look.getValue());
    startLink.ifPresent(viewModel::startAt);
    showing =
        new PresentationWindow(
            owner, viewModel, List.copyOf(owner.getScene().getStylesheets()), this::ended);
    showing.show(PresentationWindow.screenOf(owner));
  }

  private void ended(Optional<String> link) {
    showing = null;
    owner.requestFocus();
    link.ifPresent(showLink);
  }
}
