package org.parallax.ui.align;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import org.parallax.model.Claim;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/**
 * The suggested partners of the selected claim, best first, each with its score and reasons, then
 * (dimmer) its runners-up, each with a button that links it. Choosing a row shows that partner in
 * its essay.
 */
public final class PartnerList extends ListView<Partner> {

  public PartnerList(AlignmentViewModel alignment, Consumer<Claim> reveal) {
    this(alignment, reveal, partner -> {});
  }

  /**
   * @param link links the selected claim with a runner-up the reader chose by its button
   */
  public PartnerList(AlignmentViewModel alignment, Consumer<Claim> reveal, Consumer<Partner> link) {
    super(alignment.partners());
    setId("partner-list");
    getStyleClass().add(Styles.PARTNER_LIST);
    setPlaceholder(new javafx.scene.control.Label(Messages.get("align.noPartner")));
    setAccessibleText(Messages.get("a11y.partners"));
    setAccessibleHelp(Messages.get("a11y.partners.help"));
    setCellFactory(list -> new PartnerCell(link));
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
    if (partner.runnerUp()) {
      return Messages.get(
          "align.runnerUp",
          partner.claim().id(),
          String.format(Locale.ROOT, "%.2f", partner.score()),
          String.join("; ", partner.reasons()));
    }
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
    private final Button linkButton = new Button();

    PartnerCell(Consumer<Partner> link) {
      setWrapText(true);
      setPrefWidth(0); // take the list's width and wrap, instead of scrolling sideways
      setContentDisplay(ContentDisplay.RIGHT);
      linkButton
          .getStyleClass()
          .addAll(atlantafx.base.theme.Styles.SMALL, atlantafx.base.theme.Styles.FLAT);
      linkButton.setOnAction(
          e -> {
            if (getItem() != null) {
              link.accept(getItem());
            }
          });
    }

    @Override
    protected void updateItem(Partner partner, boolean empty) {
      super.updateItem(partner, empty);
      setText(empty || partner == null ? null : describe(partner));
      setAccessibleText(
          empty || partner == null
              ? null
              : Messages.get(
                  "a11y.partner",
                  partner.rank(),
                  getListView().getItems().size(),
                  describe(partner)));
      boolean runnerUp = !empty && partner != null && partner.runnerUp();
      getStyleClass().remove(Styles.PARTNER_RUNNER_UP);
      if (runnerUp) {
        getStyleClass().add(Styles.PARTNER_RUNNER_UP);
        String key = String.valueOf(partner.rank());
        linkButton.setText(Messages.get("align.runnerUp.link", key));
        linkButton.setId("link-partner-" + key);
        linkButton.setAccessibleText(
            Messages.get("align.runnerUp.link.tooltip", partner.claim().id(), key));
        linkButton.setTooltip(
            new Tooltip(Messages.get("align.runnerUp.link.tooltip", partner.claim().id(), key)));
      }
      setGraphic(runnerUp ? linkButton : null);
    }
  }
}
