package org.parallax.ui.present;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.parallax.ui.Messages;
import org.parallax.ui.Theme;

/**
 * Presentation mode's window: full screen on one screen, one slide at a time in large type, and a
 * thin footer with the keys, the looks, the screen (when there are several) and the slide number.
 * The keys work wherever the focus is, so a click on the footer never takes them away. The screen
 * choice is reached with Tab or S, shows the focus, and takes the arrow keys while it has it.
 */
public final class PresentationWindow {
  private final PresentationViewModel viewModel;
  private final Stage stage = new Stage(StageStyle.UNDECORATED);
  private final FitPane slide = new FitPane();
  private final Consumer<Optional<String>> onLeave;
  private final List<Rectangle2D> screens;
  private final BorderPane root;
  private ComboBox<Rectangle2D> screenChoice;
  private boolean left;

  /**
   * @param owner the main window
   * @param stylesheets the main window's stylesheets, which the slides' looks build on
   * @param onLeave what to do when the presentation ends, given the link to put the reader on
   */
  public PresentationWindow(
      Window owner,
      PresentationViewModel viewModel,
      List<String> stylesheets,
      Consumer<Optional<String>> onLeave) {
    this(
        owner,
        viewModel,
        stylesheets,
        onLeave,
        Screen.getScreens().stream().map(Screen::getBounds).toList());
  }

  /** As the public constructor, with the bounds of the screens to choose from. */
  PresentationWindow(
      Window owner,
      PresentationViewModel viewModel,
      List<String> stylesheets,
      Consumer<Optional<String>> onLeave,
      List<Rectangle2D> screens) {
    this.viewModel = viewModel;
    this.onLeave = onLeave;
    this.screens = List.copyOf(screens);
    stage.initOwner(owner);
    stage.setTitle(Messages.get("action.present"));
    root = new BorderPane(slide);
    root.setId("presentation");
    root.getStyleClass().add("presentation");
    root.setBottom(footer());
    root.styleProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    String.format(
                        Locale.ROOT, "-fx-font-size: %.1fpx;", viewModel.fontSizeProperty().get()),
                viewModel.fontSizeProperty()));
    Scene scene = new Scene(root);
    String own = getClass().getResource("presentation.css").toExternalForm();
    scene.getStylesheets().addAll(stylesheets);
    scene.getStylesheets().add(own);
    Theme.dress(scene, viewModel.lookProperty().get());
    viewModel.lookProperty().addListener((obs, old, look) -> Theme.dress(scene, look));
    viewModel.lookProperty().addListener((obs, old, look) -> render());
    scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    stage.setScene(scene);
    stage.setFullScreenExitHint("");
    stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    stage.setOnHidden(e -> leave());
    viewModel.walkProperty().addListener((obs, old, now) -> render());
    viewModel.fontSizeProperty().addListener((obs, old, now) -> render());
    render();
  }

  /** Shows the presentation full screen on {@code screen}. */
  public void show(Screen screen) {
    moveTo(screen.getBounds());
    stage.show();
    stage.toFront();
    stage.requestFocus();
  }

  /** The screen that holds most of {@code window}, else the primary one. */
  public static Screen screenOf(Window window) {
    List<Screen> under =
        Screen.getScreensForRectangle(
            window.getX(),
            window.getY(),
            Math.max(1, window.getWidth()),
            Math.max(1, window.getHeight()));
    return under.isEmpty() ? Screen.getPrimary() : under.get(0);
  }

  private void moveTo(Rectangle2D bounds) {
    stage.setFullScreen(false);
    stage.setX(bounds.getMinX());
    stage.setY(bounds.getMinY());
    stage.setWidth(bounds.getWidth());
    stage.setHeight(bounds.getHeight());
    viewModel.screenHeightProperty().set(bounds.getHeight());
    stage.setFullScreen(true);
  }

  private void render() {
    slide.show(
        SlideViews.of(
            viewModel.walkProperty().get(),
            viewModel.fontSizeProperty().get(),
            viewModel.lookProperty().get()));
  }

  private void key(KeyEvent e) {
    KeyCode code = e.getCode();
    if (screenKey(e)) {
      return;
    }
    boolean handled = true;
    if (e.isShortcutDown()) {
      switch (code) {
        case EQUALS, PLUS, ADD -> viewModel.bigger();
        case MINUS, SUBTRACT -> viewModel.smaller();
        default -> handled = false;
      }
    } else {
      switch (code) {
        case RIGHT -> viewModel.next();
        case PAGE_DOWN -> viewModel.forward();
        case LEFT, PAGE_UP -> viewModel.previous();
        case HOME -> viewModel.first();
        case END -> viewModel.last();
        case SPACE -> viewModel.reveal();
        case ENTER -> viewModel.jumpToTyped();
        case BACK_SPACE -> viewModel.eraseDigit();
        case T -> nextLook();
        case S, TAB -> handled = chooseScreen();
        case ESCAPE -> {
          if (!viewModel.cancelTyping()) {
            stage.close();
          }
        }
        default -> handled = typed(code);
      }
    }
    if (handled) {
      e.consume();
    }
  }

  private boolean typed(KeyCode code) {
    int digit = digit(code);
    if (digit >= 0) {
      viewModel.typeDigit(digit);
    }
    return digit >= 0;
  }

  private static int digit(KeyCode code) {
    if (code.ordinal() >= KeyCode.DIGIT0.ordinal() && code.ordinal() <= KeyCode.DIGIT9.ordinal()) {
      return code.ordinal() - KeyCode.DIGIT0.ordinal();
    }
    if (code.ordinal() >= KeyCode.NUMPAD0.ordinal()
        && code.ordinal() <= KeyCode.NUMPAD9.ordinal()) {
      return code.ordinal() - KeyCode.NUMPAD0.ordinal();
    }
    return -1;
  }

  private void nextLook() {
    Theme.Look[] looks = Theme.Look.values();
    viewModel
        .lookProperty()
        .set(looks[(viewModel.lookProperty().get().ordinal() + 1) % looks.length]);
  }

  /** Ends the presentation once, however the window was closed. */
  private void leave() {
    if (!left) {
      left = true;
      onLeave.accept(viewModel.linkToLeaveOn());
    }
  }

  /**
   * While the screen choice has the focus, it takes the keys that choose (up and down, Space, F4,
   * Alt with the arrows, Enter and Esc while its list is open); Enter or Esc with the list closed,
   * and Tab, give the keys back to the slides. Returns whether the choice took {@code e}.
   */
  private boolean screenKey(KeyEvent e) {
    if (screenChoice == null || !screenChoice.isFocused()) {
      return false;
    }
    KeyCode code = e.getCode();
    boolean showing = screenChoice.isShowing();
    switch (code) {
      case UP, DOWN, SPACE, F4 -> {
        return true;
      }
      case ENTER, ESCAPE -> {
        if (!showing) {
          root.requestFocus();
          e.consume();
        }
        return true;
      }
      case TAB -> {
        root.requestFocus();
        e.consume();
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** S or Tab: the keys go to the screen choice, when there is one. */
  private boolean chooseScreen() {
    if (screenChoice == null) {
      return false;
    }
    screenChoice.requestFocus();
    return true;
  }

  private HBox footer() {
    Label keys = new Label(Messages.get("present.keys"));
    keys.getStyleClass().add("present-keys");
    keys.setMinWidth(0);
    // Wrapped rather than cut: on a small screen in large type the keys take two lines.
    keys.setWrapText(true);
    HBox.setHgrow(keys, Priority.ALWAYS);
    keys.setMaxWidth(Double.MAX_VALUE);
    Label position = new Label();
    position.setId("present-position");
    position.getStyleClass().add("present-position");
    position.setMinWidth(Region.USE_PREF_SIZE);
    position.textProperty().bind(viewModel.positionProperty());
    HBox footer = new HBox(keys, looks());
    if (screens.size() > 1) {
      screenChoice = screens();
      footer.getChildren().add(screenChoice);
      keys.setText(Messages.get("present.keys.screens"));
    }
    footer.getChildren().add(position);
    footer.getStyleClass().add("present-footer");
    return footer;
  }

  private HBox looks() {
    ToggleGroup group = new ToggleGroup();
    HBox box = new HBox();
    box.getStyleClass().add("present-looks");
    String[] names = {
      Messages.get("present.light"),
      Messages.get("present.dark"),
      Messages.get("present.highContrast")
    };
    for (Theme.Look look : Theme.Look.values()) {
      ToggleButton button = new ToggleButton(names[look.ordinal()]);
      button.setId("present-look-" + look.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      button.setFocusTraversable(false);
      button.setMinWidth(Region.USE_PREF_SIZE);
      button.setAccessibleHelp(Messages.get("a11y.present.look"));
      button.setToggleGroup(group);
      button.setUserData(look);
      button.setSelected(viewModel.lookProperty().get() == look);
      box.getChildren().add(button);
    }
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                group.selectToggle(old); // a look stays chosen: clicking it again keeps it
              } else {
                viewModel.lookProperty().set((Theme.Look) now.getUserData());
              }
            });
    viewModel
        .lookProperty()
        .addListener(
            (obs, old, look) ->
                group.getToggles().stream()
                    .filter(t -> t.getUserData() == look)
                    .findFirst()
                    .ifPresent(group::selectToggle));
    return box;
  }

  /**
   * The screen choice. Not focus traversable, so that a click leaves the keys with the slides and
   * the slides have them from the start; Tab or S give it the focus (see {@link #screenKey}).
   */
  private ComboBox<Rectangle2D> screens() {
    ComboBox<Rectangle2D> choice = new ComboBox<>();
    choice.setId("present-screen");
    choice.setFocusTraversable(false);
    choice.setAccessibleText(Messages.get("a11y.present.screen"));
    choice.setAccessibleHelp(Messages.get("a11y.present.screen.help"));
    choice.setMinWidth(Region.USE_PREF_SIZE);
    choice.getItems().setAll(screens);
    choice.setCellFactory(v -> new ScreenCell(screens));
    choice.setButtonCell(new ScreenCell(screens));
    Rectangle2D mine = screenOf(stage.getOwner()).getBounds();
    choice.setValue(screens.contains(mine) ? mine : screens.get(0));
    // Later, not while the key or click that chose is still being handled: leaving and taking full
    // screen again replaces the window's view under that event.
    choice
        .valueProperty()
        .addListener((obs, old, bounds) -> Platform.runLater(() -> moveTo(bounds)));
    return choice;
  }

  private static final class ScreenCell extends ListCell<Rectangle2D> {
    private final List<Rectangle2D> all;

    ScreenCell(List<Rectangle2D> all) {
      this.all = all;
    }

    @Override
    protected void updateItem(Rectangle2D bounds, boolean empty) {
      super.updateItem(bounds, empty);
      setText(
          empty || bounds == null
              ? null
              : Messages.get(
                  "present.screen",
                  all.indexOf(bounds) + 1,
                  (int) bounds.getWidth(),
                  (int) bounds.getHeight()));
    }
  }
}
