package org.parallax.ui.tag;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;
import org.parallax.ui.support.CommitBeforeLeaving;

/**
 * The links tab: filters, the filtered list in reading order, and an editor for the current link
 * (relation, accept, reject, unlink, note). Choosing a row shows its claims in both essays.
 */
public final class LinksPanel extends VBox {
  /** The node id keys use to tell that the reader works in this tab. */
  static final String ID = "links-panel";

  private final TaggingViewModel tagging;
  private final LinkListModel list;
  private final ListView<Link> links;
  private final ToggleGroup relations = new ToggleGroup();
  private final FlowPane relationButtons = new FlowPane(4, 4);

  /** The link kinds the relation buttons were built for; null before the first comparison. */
  private List<TagKind> shownKinds;

  private final TextArea note = new TextArea();
  private final Label current = new Label();
  private final FilterMenu<String> relationFilter;
  private boolean syncing;

  public LinksPanel(TaggingViewModel tagging, LinkListModel list, Consumer<Link> reveal) {
    this.tagging = tagging;
    this.list = list;
    setId(ID);
    getStyleClass().add(Styles.SIDE_PANEL_TAB);
    setSpacing(6);
    relationFilter =
        new FilterMenu<>("links-relations", list.relations(), list.relationsTitleProperty());

    TextField search = TextFields.createClearableTextField();
    search.setId("links-search");
    search.setAccessibleText(Messages.get("links.search"));
    search.setAccessibleHelp(Messages.get("a11y.links.search"));
    search.setPromptText(Messages.get("links.search"));
    search.textProperty().bindBidirectional(list.searchProperty());

    FilterMenu<LinkStatus> statusFilter =
        new FilterMenu<>("links-statuses", list.statuses(), list.statusesTitleProperty());
    statusFilter.setChoices(
        List.of(LinkStatus.values()),
        LinksPanel::statusLabel,
        status -> status.name().toLowerCase(Locale.ROOT));
    relationFilter.setAccessibleHelp(Messages.get("a11y.links.relations"));
    statusFilter.setAccessibleHelp(Messages.get("a11y.links.statuses"));
    CheckBox withNote = new CheckBox(Messages.get("links.withNote"));
    withNote.setId("links-with-note");
    withNote.setAccessibleHelp(Messages.get("a11y.links.withNote"));
    withNote.selectedProperty().bindBidirectional(list.onlyWithNoteProperty());
    ComboBox<Side> order = new ComboBox<>();
    order.setId("links-order");
    order.setAccessibleText(Messages.get("a11y.links.order"));
    order.setAccessibleHelp(Messages.get("a11y.links.order.help"));
    order.getItems().setAll(Side.values());
    order.setButtonCell(new SideCell());
    order.setCellFactory(v -> new SideCell());
    order.valueProperty().bindBidirectional(list.sideProperty());
    FlowPane filters = new FlowPane(6, 6, relationFilter, statusFilter, withNote, order);

    // While the rows change (a filter, the order, the search, an edit) the list may move its
    // selection to another row; that is not the reader choosing a link. Registered before the list
    // view's own listener, this runs first; reselect() below puts the current link back afterwards.
    list.visible().addListener((ListChangeListener<Link>) c -> syncing = true);
    links = new ListView<>(list.visible());
    links.setId("links-list");
    links.setAccessibleText(Messages.get("panel.links"));
    links.setAccessibleHelp(Messages.get("a11y.links.list"));
    Label placeholder = new Label();
    placeholder.setWrapText(true);
    placeholder
        .textProperty()
        .bind(
            Bindings.when(tagging.session().currentProperty().isNull())
                .then(Messages.get("links.noComparison"))
                .otherwise(Messages.get("links.none")));
    links.setPlaceholder(placeholder);
    links.setCellFactory(v -> new LinkCell());
    VBox.setVgrow(links, Priority.ALWAYS);
    links
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, link) -> {
              if (!syncing && link != null) {
                tagging.focus(link);
                reveal.accept(link);
              }
            });

    getChildren().addAll(search, filters, links, editor());
    tagging.currentLinkProperty().addListener((obs, old, link) -> showCurrent(link));
    // An edit swaps the current link's row for its new version, which may arrive after the current
    // link itself changed: select it again once the rows have settled.
    list.visible().addListener((ListChangeListener<Link>) c -> reselect());
    tagging.session().currentProperty().addListener((obs, old, now) -> codebookChanged(now));
    codebookChanged(tagging.session().currentProperty().get());
    showCurrent(null);
  }

  private VBox editor() {
    current.setId("link-current");
    current.setWrapText(true);
    Button accept = new Button(Messages.get("link.accept"));
    accept.setId("link-accept");
    accept.setOnAction(e -> tagging.accept());
    accept.setTooltip(new Tooltip(Messages.get("link.accept.tooltip")));
    Button reject = new Button(Messages.get("link.reject"));
    reject.setId("link-reject");
    reject.setOnAction(e -> tagging.reject());
    reject.setTooltip(new Tooltip(Messages.get("link.reject.tooltip")));
    Button unlink = new Button(Messages.get("link.unlink"));
    unlink.setId("link-unlink");
    unlink.setOnAction(e -> tagging.unlink());
    unlink.setTooltip(new Tooltip(Messages.get("link.unlink.tooltip")));
    note.setId("link-note");
    note.setAccessibleText(Messages.get("link.note"));
    note.setAccessibleHelp(Messages.get("a11y.note.help"));
    note.setPromptText(Messages.get("link.note"));
    note.setPrefRowCount(3);
    note.setWrapText(true);
    CommitBeforeLeaving.install(note, () -> tagging.setNote(note.getText()));
    VBox editor = new VBox(4, current, relationButtons, new HBox(6, accept, reject, unlink), note);
    editor.disableProperty().bind(tagging.currentLinkProperty().isNull());
    editor.getStyleClass().add(Styles.LINK_EDITOR);
    return editor;
  }

  /**
   * Rebuilds the relation buttons and filter when the codebook's link kinds changed. Every edit
   * gives a new comparison, but few change the codebook: rebuilding the buttons after each one made
   * every tagging step pay for new controls and their styling.
   */
  private void codebookChanged(Comparison comparison) {
    var kinds = comparison == null ? null : comparison.codebook().kinds(TagTarget.LINK);
    if (shownKinds != null && shownKinds.equals(kinds)) {
      return;
    }
    shownKinds = kinds;
    // The rows name relations by their labels: a renamed relation needs them drawn again.
    links.refresh();
    relationButtons.getChildren().clear();
    relations.getToggles().clear();
    if (comparison == null) {
      return;
    }
    relationFilter.setChoices(
        LinkListModel.relationChoices(comparison),
        id -> LinkListModel.relationLabel(comparison, id),
        id -> id.isEmpty() ? "unset" : id);
    for (TagKind kind : kinds) {
      ToggleButton button = new ToggleButton(kind.label());
      button.setId("relation-" + kind.id());
      button.setAccessibleHelp(Messages.get("keys.relationTo", kind.label()));
      button.setToggleGroup(relations);
      button.setUserData(kind.id());
      button.setOnAction(e -> tagging.setRelation(kind.id()));
      relationButtons.getChildren().add(button);
    }
    showCurrent(tagging.currentLinkProperty().get());
  }

  private void reselect() {
    Link link = tagging.currentLinkProperty().get();
    syncing = true;
    try {
      if (!selectRow(link)) {
        links.getSelectionModel().clearSelection();
      } else {
        links.getFocusModel().focus(links.getSelectionModel().getSelectedIndex());
      }
    } finally {
      syncing = false;
    }
  }

  /**
   * Selects the row of {@code link}, if the filters show it. A link the list does not hold is not
   * handed to the selection model: it would keep the row selected before as the selected index and
   * the hidden link as the selected item, and selecting that row's link later did nothing.
   */
  private boolean selectRow(Link link) {
    int row = link == null ? -1 : list.visible().indexOf(link);
    if (row >= 0) {
      links.getSelectionModel().select(row);
    }
    return row >= 0;
  }

  private void showCurrent(Link link) {
    syncing = true;
    try {
      if (!selectRow(link)) {
        links.getSelectionModel().clearSelection();
      }
      int row = links.getSelectionModel().getSelectedIndex();
      if (link != null && row >= 0) {
        // The current link's row in view (with the one above it), as N and Shift+N move on.
        links.scrollTo(Math.max(0, row - 1));
      }
      current.setText(link == null ? Messages.get("link.noneSelected") : describe(link));
      note.setText(link == null ? "" : link.note());
      relations
          .getToggles()
          .forEach(t -> t.setSelected(link != null && link.relation().equals(t.getUserData())));
    } finally {
      syncing = false;
    }
  }

  /**
   * "A3 + A4 ↔ B7 · agree · confirmed · 0.81"; "suggested: Contradict" before the reader sets one.
   */
  private String describe(Link link) {
    String score =
        link.score() > 0 ? " \u00b7 " + String.format(Locale.ROOT, "%.2f", link.score()) : "";
    String relation =
        !link.relation().isEmpty()
            ? relationLabel(link.relation())
            : link.suggestedRelation().isEmpty()
                ? Messages.get("link.unset")
                : Messages.get("link.suggestedRelation", relationLabel(link.suggestedRelation()));
    return String.join(" + ", link.aClaims())
        + " \u2194 "
        + String.join(" + ", link.bClaims())
        + " \u00b7 "
        + relation
        + " \u00b7 "
        + statusLabel(link.status())
        + score;
  }

  /** The codebook's name for a relation ("Supports" once the reader renamed "agree"). */
  private String relationLabel(String id) {
    return tagging
        .session()
        .comparison()
        .flatMap(c -> c.codebook().find(TagTarget.LINK, id))
        .map(TagKind::label)
        .orElse(id);
  }

  static String statusLabel(LinkStatus status) {
    return LinkListModel.statusLabel(status);
  }

  private final class LinkCell extends ListCell<Link> {
    @Override
    protected void updateItem(Link link, boolean empty) {
      super.updateItem(link, empty);
      if (empty || link == null) {
        setText(null);
        return;
      }
      String detail = link.note().isBlank() ? String.join("; ", link.reasons()) : link.note();
      setText(describe(link) + (detail.isBlank() ? "" : "\n" + detail));
      // Wrap inside the list's width instead of scrolling sideways.
      setWrapText(true);
      setPrefWidth(0);
    }
  }

  private static final class SideCell extends ListCell<Side> {
    @Override
    protected void updateItem(Side side, boolean empty) {
      super.updateItem(side, empty);
      setText(
          empty || side == null
              ? null
              : side == Side.A
                  ? Messages.get("links.orderLeft")
                  : Messages.get("links.orderRight"));
    }
  }
}
