package org.parallax.ui.tag;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;
import org.parallax.tagging.TermFilter;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;
import org.parallax.ui.support.CommitBeforeLeaving;
import org.parallax.ui.support.ListUpdate;

/**
 * The terms tab: framing terms of both essays with their frame, note and counterpart; the offer to
 * tag every other occurrence of a new term; and suggestions from the contested-term lexicon.
 */
public final class TermsPanel extends VBox {
  private final TaggingViewModel tagging;
  private final ObservableList<TermTag> shown = FXCollections.observableArrayList();
  private final ListView<TermTag> list = new ListView<>(shown);
  private final TextField search = TextFields.createClearableTextField();
  private final ComboBox<TagKind> frame = new ComboBox<>();
  private final ComboBox<TermTag> pair = new ComboBox<>();
  private final TextArea note = new TextArea();
  private final Label offer = new Label();
  private final TermPairsPanel pairs;
  private boolean syncing;

  public TermsPanel(TaggingViewModel tagging, Consumer<TermTag> reveal) {
    this.tagging = tagging;
    setId("terms-panel");
    getStyleClass().add(Styles.SIDE_PANEL_TAB);
    setSpacing(6);

    Button suggest = new Button(Messages.get("terms.suggest"));
    suggest.setId("terms-suggest");
    suggest.setAccessibleHelp(Messages.get("a11y.terms.suggest"));
    suggest.setOnAction(e -> tagging.suggestTerms());
    search.setId("terms-search");
    search.setAccessibleText(Messages.get("terms.search"));
    search.setAccessibleHelp(Messages.get("a11y.terms.search"));
    search.setPromptText(Messages.get("terms.search"));
    search.textProperty().addListener((o, a, b) -> refresh());

    list.setId("terms-list");
    list.setAccessibleText(Messages.get("panel.terms"));
    list.setAccessibleHelp(Messages.get("a11y.terms.list"));
    // In this list Enter and Delete mean the chosen term (the link keys stay out of this tab).
    list.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          TermTag term = tagging.currentTermProperty().get();
          if (term == null) {
            return;
          }
          if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            tagging.edit(edits -> c -> edits.removeTerm(c, term.id()));
            e.consume();
          } else if (e.getCode() == KeyCode.ENTER && term.status() == LinkStatus.SUGGESTED) {
            tagging.edit(edits -> c -> edits.acceptTermSuggestion(c, term.id()));
            e.consume();
          }
        });
    Label none = new Label(Messages.get("terms.none"));
    none.setWrapText(true);
    list.setPlaceholder(none);
    list.setCellFactory(v -> new TermCell());
    VBox.setVgrow(list, Priority.ALWAYS);
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, term) -> {
              if (!syncing && term != null) {
                tagging.selectTerm(term);
                reveal.accept(term);
              }
            });

    // The search and the button get a row each: side by side, both were cut short.
    suggest.setMinWidth(Region.USE_PREF_SIZE);
    pairs = new TermPairsPanel(new TermPairsViewModel(tagging), reveal);
    getChildren().addAll(pairs, search, suggest, offerBar(), list, editor());
    tagging.currentTermProperty().addListener((o, a, term) -> showCurrent(term));
  }

  private HBox offerBar() {
    offer.setWrapText(true);
    offer.setId("terms-offer");
    Button all = new Button(Messages.get("terms.tagAll"));
    all.setId("terms-tag-all");
    all.setAccessibleHelp(Messages.get("action.tagOccurrences"));
    all.setOnAction(e -> tagging.tagOfferedOccurrences());
    Button no = new Button(Messages.get("terms.noThanks"));
    no.setOnAction(e -> tagging.dismissOfferedOccurrences());
    no.setId("terms-no-thanks");
    no.setAccessibleHelp(Messages.get("a11y.terms.noThanks"));
    // The question wraps; the answers keep their words.
    all.setMinWidth(Region.USE_PREF_SIZE);
    no.setMinWidth(Region.USE_PREF_SIZE);
    HBox.setHgrow(offer, Priority.ALWAYS);
    HBox bar = new HBox(6, offer, all, no);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add(Styles.OFFER_BAR);
    Runnable update =
        () -> {
          int count = tagging.offeredOccurrences().size();
          TermTag term = tagging.currentTermProperty().get();
          bar.setVisible(count > 0 && term != null);
          bar.setManaged(bar.isVisible());
          if (bar.isVisible()) {
            offer.setText(Messages.get("terms.offer", count, words(term)));
          }
        };
    tagging.offeredOccurrences().addListener((ListChangeListener<Object>) c -> update.run());
    update.run();
    return bar;
  }

  private VBox editor() {
    frame.setId("term-frame");
    frame.setAccessibleText(Messages.get("a11y.terms.frame"));
    frame.setAccessibleHelp(Messages.get("a11y.terms.frame.help"));
    frame.setCellFactory(v -> new KindCell());
    frame.setButtonCell(new KindCell());
    // The combo boxes size themselves from their converters' text, not from their cells.
    showAs(frame, TagKind::label);
    commitOnChoice(frame, this::commitFrame);
    pair.setId("term-pair");
    pair.setAccessibleText(Messages.get("terms.pairWith"));
    pair.setAccessibleHelp(Messages.get("a11y.terms.pair"));
    pair.setPromptText(Messages.get("terms.pairWith"));
    // A width of its own: measured from its items, a combo box lays out a cell for every term of
    // the other essay (hundreds in a book) the first time they are filled in.
    pair.setPrefWidth(140);
    pair.setMaxWidth(Double.MAX_VALUE);
    pair.setCellFactory(v -> new TermCell());
    showAs(pair, t -> "\u201c" + words(t) + "\u201d (" + place(t) + ")");
    // A combo box emptied after it held a choice shows a blank button, not its prompt (JavaFX):
    // the button cell says the prompt itself.
    pair.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(TermTag term, boolean empty) {
            super.updateItem(term, empty);
            setText(
                empty || term == null ? pair.getPromptText() : pair.getConverter().toString(term));
          }
        });
    commitOnChoice(pair, this::commitPair);
    Button unpair = new Button(Messages.get("terms.unpair"));
    unpair.setMinWidth(Region.USE_PREF_SIZE);
    unpair.setId("term-unpair");
    unpair.setAccessibleHelp(Messages.get("a11y.terms.unpair"));
    unpair.setOnAction(
        e -> onCurrent(t -> tagging.edit(edits -> c -> edits.unpairTerm(c, t.id()))));
    Button accept = new Button(Messages.get("terms.accept"));
    accept.setId("term-accept");
    accept.setAccessibleHelp(Messages.get("action.termAccept"));
    accept.setOnAction(
        e -> onCurrent(t -> tagging.edit(edits -> c -> edits.acceptTermSuggestion(c, t.id()))));
    Button reject = new Button(Messages.get("terms.reject"));
    reject.setOnAction(
        e -> onCurrent(t -> tagging.edit(edits -> c -> edits.rejectTermSuggestion(c, t.id()))));
    reject.setId("term-reject");
    reject.setAccessibleHelp(Messages.get("action.termReject"));
    Button remove = new Button(Messages.get("terms.remove"));
    remove.setId("term-remove");
    remove.setAccessibleHelp(Messages.get("action.termRemove"));
    remove.setOnAction(
        e -> onCurrent(t -> tagging.edit(edits -> c -> edits.removeTerm(c, t.id()))));
    Button toLexicon = new Button(Messages.get("terms.addToLexicon"));
    toLexicon.setId("term-add-to-lexicon");
    toLexicon.setAccessibleHelp(Messages.get("a11y.terms.addToLexicon"));
    toLexicon.setOnAction(e -> onCurrent(tagging::addToLexicon));
    note.setId("term-note");
    note.setAccessibleText(Messages.get("terms.note"));
    note.setAccessibleHelp(Messages.get("a11y.note.help"));
    note.setPromptText(Messages.get("terms.note"));
    note.setPrefRowCount(2);
    note.setWrapText(true);
    CommitBeforeLeaving.install(note, this::commitNote);
    VBox editor =
        new VBox(
            4,
            frame,
            new HBox(6, pair, unpair),
            new HBox(6, accept, reject, remove, toLexicon),
            note);
    frame.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(pair, Priority.ALWAYS);
    editor.getStyleClass().add(Styles.LINK_EDITOR);
    editor.disableProperty().bind(tagging.currentTermProperty().isNull());
    return editor;
  }

  private void onCurrent(Consumer<TermTag> action) {
    TermTag term = tagging.currentTermProperty().get();
    if (term != null) {
      action.accept(term);
    }
  }

  /**
   * Applies a combo box's choice once the reader has made it: picked from the open list, Enter, or
   * leaving the box. Arrow keys on a closed box only move through the choices; applying each step
   * would make an undo step, and a pairing, per key press.
   */
  private static void commitOnChoice(ComboBox<?> box, Runnable commit) {
    box.setOnHidden(e -> commit.run());
    box.focusedProperty()
        .addListener(
            (obs, was, now) -> {
              if (!now) {
                commit.run();
              }
            });
    box.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            commit.run();
          }
        });
  }

  private void commitFrame() {
    TermTag term = tagging.currentTermProperty().get();
    TagKind kind = frame.getValue();
    if (!syncing && term != null && kind != null && !kind.id().equals(term.frame())) {
      tagging.edit(edits -> c -> edits.setTermFrame(c, term.id(), kind.id()));
    }
  }

  private void commitPair() {
    TermTag term = tagging.currentTermProperty().get();
    TermTag other = pair.getValue();
    if (!syncing && term != null && other != null && !other.id().equals(term.pairedWith())) {
      tagging.edit(
          edits ->
              c ->
                  term.side() == org.parallax.model.Side.A
                      ? edits.pairTerms(c, term.id(), other.id())
                      : edits.pairTerms(c, other.id(), term.id()));
    }
  }

  private void commitNote() {
    TermTag term = tagging.currentTermProperty().get();
    if (term != null && !term.note().equals(note.getText())) {
      tagging.edit(edits -> c -> edits.setTermNote(c, term.id(), note.getText()));
    }
  }

  /** Lists the terms of the comparison on screen. */
  void refresh() {
    pairs.refresh();
    Comparison c = tagging.session().currentProperty().get();
    syncing = true;
    try {
      if (c == null) {
        shown.clear();
        frame.getItems().clear();
        return;
      }
      ListUpdate.replaceChanged(
          shown,
          TermFilter.all().withSearch(search.getText()).apply(c).stream()
              .sorted(Comparator.comparing(TermTag::side).thenComparingInt(TermTag::start))
              .toList());
      ListUpdate.replaceChanged(frame.getItems(), c.codebook().kinds(TagTarget.TERM));
    } finally {
      syncing = false;
    }
    showCurrent(tagging.currentTermProperty().get());
  }

  private void showCurrent(TermTag term) {
    Comparison c = tagging.session().currentProperty().get();
    syncing = true;
    try {
      list.getSelectionModel().select(term);
      if (term == null || c == null) {
        note.setText("");
        pair.getItems().clear();
        return;
      }
      note.setText(term.note());
      frame.setValue(c.codebook().find(TagTarget.TERM, term.frame()).orElse(null));
      List<TermTag> others =
          c.terms().stream()
              .filter(t -> t.side() != term.side() && t.status() != LinkStatus.REJECTED)
              .toList();
      ListUpdate.replaceChanged(pair.getItems(), others);
      Optional<TermTag> partner =
          others.stream().filter(t -> t.id().equals(term.pairedWith())).findFirst();
      pair.setValue(partner.orElse(null));
    } finally {
      syncing = false;
    }
  }

  /**
   * Where a term stands: the id of the claim holding it ("A12"), so that rows of the same word can
   * be told apart; the side alone outside any claim.
   */
  private String place(TermTag term) {
    return tagging
        .session()
        .comparison()
        .flatMap(
            c ->
                c.claims(term.side()).stream()
                    .filter(k -> k.start() <= term.start() && term.start() < k.end())
                    .map(org.parallax.model.Claim::id)
                    .findFirst())
        .orElse(term.side().name());
  }

  private String words(TermTag term) {
    return tagging
        .session()
        .comparison()
        .map(c -> c.document(term.side()).slice(term.start(), term.end()))
        .orElse("");
  }

  /** Shows {@code box}'s items (in its button, and for sizing) as {@code label} words them. */
  private static <T> void showAs(ComboBox<T> box, Function<T, String> label) {
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(T item) {
            return item == null ? "" : label.apply(item);
          }

          @Override
          public T fromString(String text) {
            return box.getItems().stream()
                .filter(item -> label.apply(item).equals(text))
                .findFirst()
                .orElse(null);
          }
        });
  }

  private final class TermCell extends ListCell<TermTag> {
    @Override
    protected void updateItem(TermTag term, boolean empty) {
      super.updateItem(term, empty);
      if (empty || term == null) {
        setText(null);
        return;
      }
      Comparison c = tagging.session().currentProperty().get();
      String frameLabel =
          c == null
              ? term.frame()
              : c.codebook()
                  .find(TagTarget.TERM, term.frame())
                  .map(TagKind::label)
                  .orElse(term.frame());
      String paired =
          term.pairedWith().isEmpty() || c == null
              ? ""
              : c.terms().stream()
                  .filter(t -> t.id().equals(term.pairedWith()))
                  .findFirst()
                  .map(t -> " \u2194 " + c.document(t.side()).slice(t.start(), t.end()))
                  .orElse("");
      String status =
          term.status() == LinkStatus.SUGGESTED
              ? " \u00b7 " + Messages.get("status.suggested")
              : "";
      setWrapText(true);
      setPrefWidth(0);
      setText(
          "\u201c"
              + words(term)
              + "\u201d ("
              + place(term)
              + ") \u00b7 "
              + frameLabel
              + paired
              + status);
    }
  }

  private static final class KindCell extends ListCell<TagKind> {
    @Override
    protected void updateItem(TagKind kind, boolean empty) {
      super.updateItem(kind, empty);
      setText(empty || kind == null ? null : kind.label());
    }
  }
}
