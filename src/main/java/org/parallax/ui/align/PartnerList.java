package org.parallax.ui.align;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.parallax.model.Claim;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/**
 * The suggested partners of the selected claim, best first, each with its score and reasons.
 * Choosing a row shows that partner in its essay.
 */
public final class PartnerList extends ListView<Partner> {

  public PartnerList(AlignmentViewModel alignment, Consumer<Claim> reveal) {
    super(alignment.partners());
    setId("partner-list");
    getStyleClass().add(Styles.PARTNER_LIST);
    setPlaceholder(new javafx.scene.control.Label(Messages.get("align.noPartner")));
    setCellFactory(list -> new PartnerCell());
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, partner) -> {
              if (partner != null) {
                reveal.accept(partner.claim());
              }
            });
    visibleProperty().bind(alignment.selectedProperty().isNotNull());
    managedProperty().bind(visibleProperty());
  }

  /** One row: claim id, score and reasons. */
  static String describe(Partner partner) {
    if (partner.score() == 0) { // linked by hand: there is no score to show
      return Messages.get(
          "align.partnerUnscored", partner.claim().id(), String.join("; ", partner.reasons()));
    }
    return Messages.get(
        "align.partner",
        partner.claim().id(),
        String.format(Locale.ROOT, "%.2f", partner.score()),
        String.join("; ", partner.reasons()));
  }

  private static final class PartnerCell extends ListCell<Partner> {
    PartnerCell() {
      setWrapText(true);
      setPrefWidth(0); // take the list's width and wrap, instead of scrolling sideways
    }

    @Override
    protected void updateItem(Partner partner, boolean empty) {
      super.updateItem(partner, empty);
      setText(empty || partner == null ? null : describe(partner));
    }
  }
}
