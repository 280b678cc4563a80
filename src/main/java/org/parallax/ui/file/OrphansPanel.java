package org.parallax.ui.file;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.model.Orphan;
import org.parallax.model.Side;
import org.parallax.store.OrphanFields;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/**
 * The orphans tab: tags that could not be placed in a changed text, each with the words it marked,
 * to attach again by hand (select the words, or choose the claims, then Attach) or discard.
 */
public final class OrphansPanel extends VBox {

  public OrphansPanel(
      FileViewModel files, OrphanAttacher attacher, Function<Side, IndexRange> selectionOf) {
    setId("orphans-panel");
    getStyleClass().add(Styles.SIDE_PANEL_TAB);
    setSpacing(6);
    Label help = new Label(Messages.get("orphans.help"));
    help.setWrapText(true);
    ListView<Orphan> list = new ListView<>(files.orphans());
    list.setId("orphans-list");
    list.setAccessibleText(Messages.get("panel.orphans"));
    list.setAccessibleHelp(Messages.get("orphans.help"));
    list.setPlaceholder(new Label(Messages.get("orphans.none")));
    list.setCellFactory(v -> new OrphanCell());
    VBox.setVgrow(list, Priority.ALWAYS);
    Button attach = new Button(Messages.get("orphans.attach"));
    attach.setId("orphans-attach");
    attach.setAccessibleHelp(Messages.get("a11y.orphans.attach"));
    attach.setOnAction(
        e -> {
          Orphan orphan = list.getSelectionModel().getSelectedItem();
          Side side = orphan.side() == null ? Side.A : orphan.side();
          attacher.attach(orphan, selectionOf.apply(side));
        });
    Button discard = new Button(Messages.get("orphans.discard"));
    discard.setId("orphans-discard");
    discard.setAccessibleHelp(Messages.get("a11y.orphans.discard"));
    discard.setOnAction(
        e -> {
          Orphan orphan = list.getSelectionModel().getSelectedItem();
          if (orphan != null && confirmDiscard(orphan)) {
            files.forgetOrphan(orphan);
          }
        });
    HBox buttons = new HBox(6, attach, discard);
    buttons.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    getChildren().addAll(help, list, buttons);
  }

  /** Discarding cannot be undone, so it is asked first, with Cancel as the default answer. */
  private boolean confirmDiscard(Orphan orphan) {
    ButtonType discard = new ButtonType(Messages.get("orphans.discard"), ButtonData.OTHER);
    ButtonType cancel = new ButtonType(Messages.get("close.cancel"), ButtonData.CANCEL_CLOSE);
    Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", discard, cancel);
    ask.initOwner(getScene().getWindow());
    Styles.dressLike(ask.getDialogPane(), getScene().getWindow());
    ask.setHeaderText(Messages.get("orphans.discardHeader", describe(orphan)));
    ask.setContentText(Messages.get("orphans.discardDetail"));
    ((Button) ask.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
    return ask.showAndWait().filter(discard::equals).isPresent();
  }

  /** "Term · left · “Khankendi”" and where it was. */
  static String describe(Orphan orphan) {
    String kind =
        switch (orphan.kind()) {
          case TERM -> Messages.get("orphans.term");
          case CLAIM -> Messages.get("orphans.claim");
          case LINK -> Messages.get("orphans.link");
        };
    String side =
        orphan.side() == null
            ? ""
            : orphan.side() == Side.A ? Messages.get("side.left") : Messages.get("side.right");
    String quote = orphan.exact().isEmpty() ? "" : " \u201c" + orphan.exact() + "\u201d";
    return kind
        + " "
        + orphan.id()
        + (side.isEmpty() ? "" : " \u00b7 " + side)
        + quote
        + joined(orphan);
  }

  /** For a link, the claims it joined: "· A28 ↔ B7". */
  private static String joined(Orphan orphan) {
    if (orphan.kind() != Orphan.Kind.LINK) {
      return "";
    }
    OrphanFields fields = OrphanFields.of(orphan);
    List<String> a = fields.claimIds("a");
    List<String> b = fields.claimIds("b");
    return a.isEmpty() && b.isEmpty()
        ? ""
        : " \u00b7 " + String.join(" + ", a) + " \u2194 " + String.join(" + ", b);
  }

  private static final class OrphanCell extends ListCell<Orphan> {
    @Override
    protected void updateItem(Orphan orphan, boolean empty) {
      super.updateItem(orphan, empty);
      setWrapText(true);
      setPrefWidth(0);
      setText(empty || orphan == null ? null : describe(orphan));
    }
  }
}
