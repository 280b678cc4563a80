package org.parallax.ui.reading;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.parallax.framing.TermPlaces;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.Messages;
import org.parallax.ui.SideModel;
import org.parallax.ui.Styles;
import org.parallax.ui.align.AlignmentViewModel;
import org.parallax.ui.file.Opener;
import org.parallax.ui.support.Notice;
import org.parallax.ui.tag.SpokenClaims;
import org.parallax.ui.tag.TaggingViewModel;

/**
 * One side of the reading view: header, the essay in a read-only area, or the empty state that asks
 * for the counterpart. Files dropped on it open on this side.
 */
public final class DocumentView extends VBox {
  /** What a dragged claim carries: this prefix and its id. */
  private static final String CLAIM_DRAG = "parallax-claim:";

  /** The most of the side's height the header takes before it scrolls. */
  private static final double HEADER_SHARE = 0.5;

  private final Side side;
  private boolean restyleQueued;

  /** What the text was last styled for; null when it must be styled afresh. */
  private ClaimHighlights.State highlighted;

  private final MainViewModel viewModel;
  private final SideModel model;
  private final AlignmentViewModel alignment;
  private final DocumentArea area = new DocumentArea();
  private final DocumentHeader header;
  private final EmptyCounterpart empty;
  private final CheckBox cleaning = new CheckBox(Messages.get("side.cleaning"));
  private final Button removed = new Button(Messages.get("side.removed"));

  public DocumentView(
      Side side, MainViewModel viewModel, Opener opener, Runnable open, Runnable paste) {
    this.side = side;
    this.viewModel = viewModel;
    this.alignment = viewModel.alignment();
    this.model = viewModel.side(side);
    String id = side == Side.A ? "left" : "right";
    setId(id + "-view");
    area.setId(id + "-area");
    getStyleClass().add(Styles.DOCUMENT_VIEW);

    cleaning.setId(id + "-cleaning");
    // A disabled control shows no tooltip, so the reason it is off goes on its row instead.
    Tooltip cleaningTip = new Tooltip();
    cleaningTip
        .textProperty()
        .bind(
            Bindings.when(model.cleanableProperty())
                .then(Messages.get("side.cleaning.tooltip"))
                .otherwise(Messages.get("side.cleaning.locked")));
    cleaning.setTooltip(cleaningTip);
    cleaning.setOnAction(e -> viewModel.setCleaning(side, cleaning.isSelected()));
    cleaning.disableProperty().bind(model.cleanableProperty().not());
    removed.setId(id + "-removed");
    removed.setTooltip(new Tooltip(Messages.get("side.removed.tooltip")));
    removed.setOnAction(e -> new RemovedTextDialog(getScene().getWindow(), model).showAndWait());
    Button details = new Button(Messages.get("side.details"));
    details.setId(id + "-details");
    details.setTooltip(new Tooltip(Messages.get("side.details.tooltip")));
    details.setOnAction(e -> editDetails());
    FlowPane controls = new FlowPane(8, 4, cleaning, removed, details);
    Tooltip.install(controls, cleaningTip);
    controls.getStyleClass().add(Styles.SIDE_CONTROLS);
    // In a narrow window the controls wrap onto a second line rather than shrink to an ellipsis
    // or push the side panel out of the window.
    controls.setPrefWrapLength(0);
    for (Button button : List.of(removed, details)) {
      button.setMinWidth(Region.USE_PREF_SIZE);
    }
    cleaning.setMinWidth(Region.USE_PREF_SIZE);
    header = new DocumentHeader(controls);

    empty = new EmptyCounterpart(id, open, paste);
    empty.setId(id + "-empty");
    StackPane body = new StackPane(new VirtualizedScrollPane<>(area), empty);
    VBox.setVgrow(body, Priority.ALWAYS);
    // The essay scrolls: it gives up height to the header (up to half the side), not the window.
    body.setMinHeight(0);
    getChildren().addAll(scrolling(header), body);

    model.documentProperty().addListener((obs, old, doc) -> render(doc));
    model.cleaningProperty().addListener((obs, old, on) -> cleaning.setSelected(on));
    viewModel.side(side.other()).documentProperty().addListener((obs, o, n) -> refreshEmpty());
    TaggingViewModel tagging = viewModel.tagging();
    alignment.comparisonProperty().addListener((obs, o, n) -> restyle());
    alignment.selectedProperty().addListener((obs, o, n) -> restyle());
    tagging.chosen(side).addListener((ListChangeListener<Claim>) c -> restyle());
    tagging.currentLinkProperty().addListener((obs, o, n) -> restyle());
    tagging.currentTermProperty().addListener((obs, o, n) -> restyle());
    viewModel.blindspotsProperty().addListener((obs, o, n) -> restyle());
    viewModel.words().foundProperty().addListener((obs, o, n) -> restyle());
    area.setOnMouseClicked(
        e -> {
          // A drag or a double click selects words (for a term); only a plain click chooses a
          // claim. The first click of a double click has chosen one already: that is taken back.
          if (e.getClickCount() > 1) {
            if (area.getSelection().getLength() > 0) {
              tagging.selectedWordsByClicking();
            }
          } else if (area.getSelection().getLength() == 0) {
            tagging.clickAt(side, area.getCaretPosition(), e.isShortcutDown());
          }
        });
    installDropTarget(opener);
    render(model.document());
    speakToScreenReaders(
        side == Side.A ? Messages.get("a11y.essay.left") : Messages.get("a11y.essay.right"));
  }

  /**
   * look: at a large font the wrapped title, byline and controls may need more room than a short
   * window has; they scroll within at most half the side's height instead of pushing the essay, the
   * status bar or the other side out of the window, or being cut short with an ellipsis.
   */
  private ScrollPane scrolling(DocumentHeader header) {
    ScrollPane scroll =
        new ScrollPane(header) {
          // The header's height for the width it has: a scroll pane asks its content's height for
          // no width in particular, which is one line per label, as if nothing wrapped. Measured
          // beside a scroll bar, so that the header, wrapped the narrower, fits whether or not one
          // shows (else a wrap that only the bar causes would keep the bar there, scrolled).
          @Override
          protected double computePrefHeight(double width) {
            double w = getWidth() > 0 ? Math.max(1, getWidth() - scrollBarWidth()) : -1;
            return header.prefHeight(w) + snappedTopInset() + snappedBottomInset();
          }

          private double scrollBarWidth() {
            for (Node node : lookupAll(".scroll-bar")) {
              if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return bar.prefWidth(-1);
              }
            }
            return 0;
          }

          // All of it up to half the side, so that the essay does not squeeze it away.
          @Override
          protected double computeMinHeight(double width) {
            return Math.min(computePrefHeight(width), DocumentView.this.getHeight() * HEADER_SHARE);
          }
        };
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
    scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
    scroll.setFocusTraversable(false);
    scroll.getStyleClass().addAll(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE, "header-scroll");
    scroll.setMinWidth(0);
    scroll.maxHeightProperty().bind(heightProperty().multiply(HEADER_SHARE));
    return scroll;
  }

  /**
   * The area tells a screen reader which essay it is and the claim the reader is on (the chosen
   * claim of this side, else the one at the cursor), with its links, and how to work with the keys.
   */
  private void speakToScreenReaders(String essay) {
    area.setAccessibleRole(AccessibleRole.TEXT);
    area.setAccessibleRoleDescription(Messages.get("a11y.essay.role"));
    area.setAccessibleHelp(Messages.get("a11y.essay.help"));
    Runnable speak = () -> area.setAccessibleText(spoken(essay, area.getCaretPosition()));
    alignment.comparisonProperty().addListener((obs, o, n) -> speak.run());
    alignment.selectedProperty().addListener((obs, o, n) -> speak.run());
    model.documentProperty().addListener((obs, o, n) -> speak.run());
    area.caretPositionProperty().addListener((obs, o, n) -> speak.run());
    speak.run();
  }

  private String spoken(String essay, int caret) {
    Document document = model.document();
    if (document == null) {
      return Messages.get("a11y.essay.empty", essay);
    }
    String named = Messages.get("a11y.essay", essay, header.titleText());
    Comparison comparison = alignment.comparisonProperty().get();
    Claim selected = alignment.selectedProperty().get();
    Optional<Claim> claim =
        selected != null && selected.side() == side
            ? Optional.of(selected)
            : alignment.index().flatMap(index -> index.claimAt(side, caret));
    return comparison == null || claim.isEmpty()
        ? named
        : named + " " + SpokenClaims.claim(comparison, claim.get());
  }

  private void editDetails() {
    Document document = model.document();
    if (document == null) {
      return;
    }
    new DetailsDialog(getScene().getWindow(), document.metadata())
        .showAndWait()
        .ifPresent(d -> viewModel.describe(side, d.title(), d.authors(), d.perspective()));
  }

  /**
   * Restyles once per pulse however many things changed: one click changes the chosen claims, the
   * selection, its partners and the current link, and each used to restyle the whole essay.
   */
  private void restyle() {
    if (!restyleQueued) {
      restyleQueued = true;
      Platform.runLater(
          () -> {
            restyleQueued = false;
            restyleNow();
          });
    }
  }

  /** Restyles the text for the current claims, selection and partners. */
  private void restyleNow() {
    Document document = model.document();
    if (document == null) {
      return;
    }
    TaggingViewModel tagging = viewModel.tagging();
    ClaimHighlights.State state =
        new ClaimHighlights.State(
            side,
            document,
            alignment.comparisonProperty().get(),
            alignment.selectedProperty().get(),
            alignment.partners(),
            tagging.chosen(side),
            tagging.currentLinkProperty().get(),
            tagging.currentTermProperty().get(),
            viewModel.blindspotsProperty().get(),
            found(viewModel.words().foundProperty().get()));
    if (!state.highlightsLike(highlighted)) {
      area.highlight(ClaimHighlights.of(state));
      highlighted = state;
    }
  }

  /** This side's places of the word picked in the Words tab. */
  private List<StyledRange> found(TermPlaces.Found found) {
    return (side == Side.A ? found.a() : found.b())
        .stream().map(p -> new StyledRange(p.start(), p.end(), Styles.FOUND)).toList();
  }

  /** Scrolls so that the text at {@code offset} is in view. */
  public void revealOffset(int offset) {
    area.reveal(offset);
  }

  /**
   * Scrolls so that {@code claim} sits level with {@code beside}, a claim shown in {@code other}.
   */
  public void revealLevelWith(Claim claim, DocumentView other, Claim beside) {
    Optional<Bounds> there = other.area.boundsOnScreen(beside.start(), beside.end());
    Bounds view = other.area.localToScreen(other.area.getBoundsInLocal());
    // Only a settled place on screen counts: while the other side is still scrolling to its
    // claim, both land a third of the way down, level anyway.
    if (there.isPresent()
        && !other.area.isRevealing()
        && view != null
        && there.get().getMinY() >= view.getMinY()
        && there.get().getMinY() < view.getMaxY()) {
      area.revealLevel(claim.start(), there.get().getMinY());
    } else {
      area.reveal(claim.start());
    }
  }

  /** Scrolls so that {@code claim} is in view. */
  public void reveal(Claim claim) {
    area.reveal(claim.start());
  }

  private void render(Document document) {
    boolean hasDocument = document != null;
    header.show(document);
    header.setVisible(hasDocument);
    header.setManaged(hasDocument);
    // New details of the same essay (title, perspective) must not reload the text and lose the
    // reader's place.
    if (document == null || !document.text().equals(area.getText())) {
      area.show(document);
      highlighted = null;
    }
    restyle();
    empty.setVisible(!hasDocument);
    cleaning.setSelected(model.isCleaning());
    refreshEmpty();
  }

  private void refreshEmpty() {
    empty.expect(viewModel.expectedCounterpart(side));
  }

  private void installDropTarget(Opener opener) {
    area.addEventFilter(
        MouseEvent.DRAG_DETECTED,
        event -> {
          if (event.isAltDown()) {
            startClaimDrag(event);
          }
        });
    setOnDragOver(
        event -> {
          Dragboard board = event.getDragboard();
          if (board.hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
          } else if (draggedClaim(board).isPresent()) {
            event.acceptTransferModes(TransferMode.LINK);
          }
          event.consume();
        });
    setOnDragEntered(event -> setDropHighlight(event, true));
    setOnDragExited(event -> setDropHighlight(event, false));
    setOnDragDropped(
        event -> {
          Optional<String> claim = draggedClaim(event.getDragboard());
          if (claim.isPresent()) {
            Point2D at = area.sceneToLocal(event.getSceneX(), event.getSceneY());
            int offset = area.hit(at.getX(), at.getY()).getInsertionIndex();
            event.setDropCompleted(true);
            event.consume();
            viewModel.tagging().linkDragged(claim.get(), side, offset);
            return;
          }
          List<File> files = event.getDragboard().getFiles();
          event.setDropCompleted(!files.isEmpty());
          event.consume();
          dropped(files, file -> opener.open(side, file));
        });
  }

  /** Alt+drag on a claim starts a drag that links it to the claim it is dropped on. */
  private void startClaimDrag(MouseEvent event) {
    int offset = area.hit(event.getX(), event.getY()).getInsertionIndex();
    alignment
        .index()
        .flatMap(index -> index.claimAt(side, offset))
        .ifPresent(
            claim -> {
              Dragboard board = area.startDragAndDrop(TransferMode.LINK);
              ClipboardContent content = new ClipboardContent();
              content.putString(CLAIM_DRAG + claim.id());
              board.setContent(content);
              event.consume();
            });
  }

  private static Optional<String> draggedClaim(Dragboard board) {
    return board.hasString() && board.getString().startsWith(CLAIM_DRAG)
        ? Optional.of(board.getString().substring(CLAIM_DRAG.length()))
        : Optional.empty();
  }

  private void dropped(List<File> files, Consumer<Path> open) {
    if (files.size() == 1) {
      open.accept(files.get(0).toPath());
    } else if (files.isEmpty()) {
      viewModel.noticeProperty().set(Notice.error(Messages.get("error.dropNoFile")));
    } else {
      viewModel.noticeProperty().set(Notice.error(Messages.get("error.dropMany")));
    }
  }

  private void setDropHighlight(DragEvent event, boolean on) {
    if (on && event.getDragboard().hasFiles()) {
      getStyleClass().add(Styles.DROP_TARGET);
    } else {
      getStyleClass().remove(Styles.DROP_TARGET);
    }
  }

  public DocumentArea area() {
    return area;
  }

  public String headerTitle() {
    return header.titleText();
  }

  public String emptyStateText() {
    return empty.expectedText();
  }
}
