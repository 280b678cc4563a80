package org.parallax.ui.summary;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parallax.store.StoreException;
import org.parallax.ui.Messages;
import org.parallax.ui.Theme;
import org.parallax.ui.WindowLook;
import org.parallax.ui.support.Action;
import org.parallax.ui.support.DesktopAccess;
import org.parallax.ui.support.Notice;
import org.parallax.ui.support.PngFile;
import org.parallax.ui.tag.ComparisonSession;

/**
 * The summary in a window of its own beside the essays (a teacher may put it on the projector),
 * following the comparison as the reader tags. Opened with {@link #action()} (F6).
 */
public final class SummaryWindow {
  private final SummaryViewModel model;
  private final Supplier<Window> owner;
  private final DesktopAccess desktop;
  private final Consumer<Notice> notices;
  private final Action action;
  private Stage stage;
  private SummaryView view;

  public SummaryWindow(
      ComparisonSession session,
      Supplier<Window> owner,
      DesktopAccess desktop,
      Consumer<Notice> notices) {
    this.model = new SummaryViewModel(session);
    this.owner = owner;
    this.desktop = desktop;
    this.notices = notices;
    this.action =
        new Action(
            "summary",
            Messages.get("action.summary"),
            Messages.get("action.summary.tooltip"),
            KeyCombination.keyCombination("F6"),
            this::show,
            session.currentProperty().isNull());
  }

  /** The command that opens (or brings forward) the summary. */
  public Action action() {
    return action;
  }

  /** Opens the summary, or brings it forward when it is open. */
  public void show() {
    if (stage == null) {
      view = new SummaryView(this::save);
      stage = new Stage();
      stage.initOwner(owner.get());
      ScrollPane scroll = new ScrollPane(view);
      scroll.setId("summary-scroll");
      scroll.setFitToWidth(true);
      scroll.setAccessibleText(Messages.get("a11y.summary.scroll"));
      scroll.setAccessibleHelp(Messages.get("a11y.summary.scroll.help"));
      Scene scene = new Scene(scroll, 760, 820);
      scene.getAccelerators().put(KeyCombination.keyCombination("Esc"), stage::close);
      stage.setScene(scene);
      WindowLook.follow(
          stage,
          stage.getOwner(),
          look -> {
            Theme.dress(scene, look);
            view.wear(look);
          },
          getClass().getResource("summary.css").toExternalForm());
      model.summaryProperty().addListener((o, old, now) -> view.show(now));
      stage.setOnShown(e -> model.start());
      stage.setOnHidden(e -> model.stop());
    }
    stage.setTitle(Messages.get("summary.title", model.title()));
    if (!stage.isShowing()) {
      stage.show();
    }
    view.show(model.summaryProperty().get());
    stage.toFront();
  }

  private void save(SummaryView.SavedPart part) {
    desktop
        .chooseImageTarget(stage, SummaryView.suggestion(model.title(), part.name()))
        .ifPresent(
            target -> {
              try {
                PngFile.write(part.node().snapshot(new SnapshotParameters(), null), target);
                notices.accept(Notice.info(Messages.get("summary.saved", target.getFileName())));
              } catch (java.io.IOException | StoreException e) {
                notices.accept(
                    Notice.error(Messages.get("summary.saveFailed", target, e.getMessage())));
              }
            });
  }
}
