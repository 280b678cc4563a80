package org.parallax.ui.tag;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.tagging.Blindspots;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/**
 * The blindspot view: the claims each essay makes that have no confirmed counterpart in the other,
 * "only in A" and "only in B". Choosing one shows it in its essay.
 */
public final class BlindspotsPanel extends VBox {
  private final TaggingViewModel tagging;
  private final ListView<Claim> onlyA = new ListView<>();
  private final ListView<Claim> onlyB = new ListView<>();
  private final Label headingA = new Label();
  private final Label headingB = new Label();

  public BlindspotsPanel(TaggingViewModel tagging, BooleanProperty marked, Consumer<Claim> reveal) {
    this.tagging = tagging;
    setId("blindspots-panel");
    getStyleClass().add(Styles.SIDE_PANEL_TAB);
    setSpacing(6);
    CheckBox mark = new CheckBox(Messages.get("blindspots.mark"));
    mark.setId("blindspots-mark");
    mark.setAccessibleHelp(Messages.get("action.blindspots.tooltip"));
    mark.selectedProperty().bindBidirectional(marked);
    for (ListView<Claim> list : java.util.List.of(onlyA, onlyB)) {
      list.setCellFactory(v -> new ClaimCell());
      list.setPlaceholder(new Label(Messages.get("blindspots.none")));
      VBox.setVgrow(list, Priority.ALWAYS);
      list.getSelectionModel()
          .selectedItemProperty()
          .addListener(
              (obs, old, claim) -> {
                if (claim != null) {
                  reveal.accept(claim);
                }
              });
    }
    onlyA.setId("blindspots-a");
    onlyB.setId("blindspots-b");
    onlyA.setAccessibleText(Messages.get("a11y.blindspots.a"));
    onlyB.setAccessibleText(Messages.get("a11y.blindspots.b"));
    onlyA.setAccessibleHelp(Messages.get("a11y.blindspots.help"));
    onlyB.setAccessibleHelp(Messages.get("a11y.blindspots.help"));
    getChildren().addAll(mark, headingA, onlyA, headingB, onlyB);
  }

  /** Lists the blindspots of the comparison on screen. */
  void refresh() {
    refresh(tagging.session().currentProperty().get());
  }

  private void refresh(Comparison c) {
    onlyA.getItems().setAll(c == null ? java.util.List.of() : Blindspots.unmatched(c, Side.A));
    onlyB.getItems().setAll(c == null ? java.util.List.of() : Blindspots.unmatched(c, Side.B));
    headingA.setText(Messages.get("blindspots.onlyA", onlyA.getItems().size()));
    headingB.setText(Messages.get("blindspots.onlyB", onlyB.getItems().size()));
  }

  private final class ClaimCell extends ListCell<Claim> {
    @Override
    protected void updateItem(Claim claim, boolean empty) {
      super.updateItem(claim, empty);
      setText(
          empty || claim == null
              ? null
              : claim.id()
                  + "  "
                  + tagging
                      .session()
                      .comparison()
                      .map(c -> claim.textIn(c.document(claim.side())))
                      .orElse(""));
      setWrapText(true);
      setPrefWidth(0);
    }
  }
}
