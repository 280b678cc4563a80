package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.parallax.model.Codebook;
import org.parallax.model.Side;
import org.parallax.model.TagTarget;
import org.parallax.ui.agree.AgreementWindow;
import org.parallax.ui.align.AlignmentSettingsDialog;
import org.parallax.ui.align.AlignmentSetup;
import org.parallax.ui.export.ExportCommands;
import org.parallax.ui.file.FileCommands;
import org.parallax.ui.file.FileViewModel;
import org.parallax.ui.support.Action;
import org.parallax.ui.support.DesktopAccess;
import org.parallax.ui.support.ScaledIcon;

/** The main window's menu bar and toolbar, built from the same actions and toggles. */
final class WindowMenus {
  private final MainViewModel viewModel;
  private final FileViewModel files;
  private final FileCommands fileCommands;
  private final ExportCommands exports;
  private final DesktopAccess desktop;
  private final Supplier<Stage> owner;
  private final AlignmentSetup alignmentSetup;

  private final List<Action> viewExtras = new ArrayList<>();
  private final List<Action> helpExtras = new ArrayList<>();

  WindowMenus(
      MainViewModel viewModel,
      FileViewModel files,
      FileCommands fileCommands,
      ExportCommands exports,
      DesktopAccess desktop,
      Supplier<Stage> owner,
      AlignmentSetup alignmentSetup) {
    this.viewModel = viewModel;
    this.alignmentSetup = alignmentSetup;
    this.files = files;
    this.fileCommands = fileCommands;
    this.exports = exports;
    this.desktop = desktop;
    this.owner = owner;
  }

  /**
   * Adds a command of a window part that keeps its own actions (the summary) to the View menu and
   * to F1's list. Call before {@link #menuBar}.
   */
  void addToView(Action action) {
    viewExtras.add(action);
  }

  /** Adds a command at the end of the Help menu (the tour). */
  void addToHelp(Action action) {
    helpExtras.add(action);
  }

  MenuBar menuBar(AppActions actions) {
    Menu file =
        new Menu(
            Messages.get("menu.file"),
            null,
            actions.open.menuItem(),
            actions.openLeft.menuItem(),
            fileCommands.recentMenu(),
            reimportItem(Side.A),
            reimportItem(Side.B),
            actions.paste.menuItem(),
            AgreementWindow.menuItem(
                owner, desktop, files::open, viewModel.tagging().annotatorProperty()::get),
            new SeparatorMenuItem(),
            fileCommands.save.menuItem(),
            fileCommands.saveAs.menuItem(),
            fileCommands.details.menuItem(),
            exports.export.menuItem(),
            new SeparatorMenuItem(),
            actions.quit.menuItem());
    CheckMenuItem linked = new CheckMenuItem(Messages.get("action.linkedScrolling"));
    linked.setId("menu-linked");
    linked.selectedProperty().bindBidirectional(viewModel.linkedScrollingProperty());
    CheckMenuItem dark = new CheckMenuItem(Messages.get("action.theme"));
    dark.setId("menu-dark");
    dark.selectedProperty().bindBidirectional(viewModel.darkProperty());
    CheckMenuItem highContrast = new CheckMenuItem(Messages.get("action.highContrast"));
    highContrast.setId("menu-high-contrast");
    highContrast.selectedProperty().bindBidirectional(viewModel.highContrastProperty());
    Menu view =
        new Menu(
            Messages.get("menu.view"),
            null,
            actions.fontBigger.menuItem(Messages.get("action.fontBigger")),
            actions.fontSmaller.menuItem(Messages.get("action.fontSmaller")),
            linked,
            dark,
            highContrast,
            new SeparatorMenuItem(),
            actions.swap.menuItem(),
            actions.align.menuItem(),
            alignmentSettingsItem(),
            new SeparatorMenuItem(),
            actions.present.menuItem());
    CheckMenuItem blindspots = new CheckMenuItem(Messages.get("action.blindspots"));
    blindspots.setId("menu-blindspots");
    blindspots.selectedProperty().bindBidirectional(viewModel.blindspotsProperty());
    CheckMenuItem sidePanel = new CheckMenuItem(Messages.get("action.panel"));
    sidePanel.setId("menu-side-panel");
    sidePanel.setAccelerator(KeyCombination.keyCombination("F9"));
    sidePanel.selectedProperty().bindBidirectional(viewModel.sidePanelProperty());
    // The toolbar's funnel, for readers without a mouse (toolbar buttons take no keyboard focus).
    CheckMenuItem onlySelected = new CheckMenuItem(Messages.get("action.onlySelected"));
    onlySelected.setId("menu-only-selected");
    onlySelected.selectedProperty().bindBidirectional(viewModel.onlySelectedRibbonsProperty());
    view.getItems().addAll(blindspots, onlySelected, sidePanel);
    if (!viewExtras.isEmpty()) {
      view.getItems().add(new SeparatorMenuItem());
      viewExtras.forEach(extra -> view.getItems().add(extra.menuItem()));
    }
    Menu edit =
        new Menu(
            Messages.get("menu.edit"),
            null,
            actions.undo.menuItem(),
            actions.redo.menuItem(),
            new SeparatorMenuItem(),
            actions.split.menuItem(),
            actions.merge.menuItem(),
            actions.claimSelection.menuItem(),
            new SeparatorMenuItem(),
            annotatorItem());
    Menu link = new Menu(Messages.get("menu.link"));
    link.setId("menu-link");
    link.getItems()
        .addAll(
            actions.accept.menuItem(),
            actions.reject.menuItem(),
            actions.unlink.menuItem(),
            new SeparatorMenuItem());
    actions.relations.forEach(relation -> link.getItems().add(relation.menuItem()));
    link.getItems()
        .addAll(
            new SeparatorMenuItem(),
            actions.linkChosen.menuItem(),
            actions.next.menuItem(Messages.get("menu.next")),
            actions.previous.menuItem(Messages.get("menu.previous")));
    Menu terms = new Menu(Messages.get("menu.terms"));
    terms.setId("menu-terms");
    actions.terms().forEach(term -> terms.getItems().add(term.menuItem()));
    terms.getItems().add(2, new SeparatorMenuItem());
    MenuItem shortcuts = new MenuItem(Messages.get("action.shortcuts"));
    shortcuts.setId("menu-shortcuts");
    shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
    shortcuts.setOnAction(
        e -> {
          List<Action> all = new ArrayList<>(actions.all());
          all.add(1, fileCommands.save);
          all.add(2, fileCommands.saveAs);
          all.add(3, exports.export);
          all.addAll(viewExtras);
          List<Action> reading = new ArrayList<>(actions.link());
          reading.addAll(actions.terms());
          new ShortcutsDialog(owner.get(), reading, all).showAndWait();
        });
    Menu help = new Menu(Messages.get("menu.help"), null, shortcuts);
    helpExtras.forEach(extra -> help.getItems().add(extra.menuItem()));
    MenuBar bar = new MenuBar(file, edit, link, terms, view, help);
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  ToolBar toolBar(AppActions actions) {
    ToggleButton linked = new ToggleButton(Messages.get("action.linkedScrolling"));
    linked.setId("tool-linked");
    linked.setFocusTraversable(false);
    Action.showIcon(linked, Feather.LINK, Messages.get("action.linkedScrolling.tooltip"));
    linked.selectedProperty().bindBidirectional(viewModel.linkedScrollingProperty());
    ToggleButton onlySelected = new ToggleButton(Messages.get("action.onlySelected"));
    onlySelected.setId("tool-only-selected");
    onlySelected.setFocusTraversable(false);
    Action.showIcon(onlySelected, Feather.FILTER, Messages.get("action.onlySelected.tooltip"));
    onlySelected.selectedProperty().bindBidirectional(viewModel.onlySelectedRibbonsProperty());
    Button align = actions.align.button();
    ScaledIcon.on(align, Feather.ZAP);
    align.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    ToolBar bar =
        new ToolBar(
            actions.open.button(Feather.FOLDER),
            actions.paste.button(Feather.CLIPBOARD),
            fileCommands.save.button(Feather.SAVE),
            new Separator(Orientation.VERTICAL),
            actions.undo.button(Feather.CORNER_UP_LEFT),
            actions.redo.button(Feather.CORNER_UP_RIGHT),
            new Separator(Orientation.VERTICAL),
            align,
            actions.swap.button(Feather.REPEAT),
            linked,
            onlySelected,
            blindspotsToggle(),
            new Separator(Orientation.VERTICAL),
            actions.previous.button(Feather.CHEVRON_LEFT),
            actions.next.button(Feather.CHEVRON_RIGHT),
            new Separator(Orientation.VERTICAL),
            actions.present.button(Feather.MONITOR),
            spacer,
            actions.fontSmaller.button(Feather.ZOOM_OUT),
            actions.fontBigger.button(Feather.ZOOM_IN),
            darkToggle(),
            sidePanelToggle());
    bar.setId("tool-bar");
    return bar;
  }

  private MenuItem reimportItem(Side side) {
    MenuItem item =
        new MenuItem(
            side == Side.A
                ? Messages.get("action.reimportLeft")
                : Messages.get("action.reimportRight"));
    item.setId(side == Side.A ? "menu-reimport-left" : "menu-reimport-right");
    item.disableProperty().bind(files.nothingToSaveProperty());
    item.setOnAction(
        e ->
            desktop
                .chooseEssayToReimport(
                    owner.get(),
                    side == Side.A
                        ? Messages.get("file.reimportLeft")
                        : Messages.get("file.reimportRight"))
                .ifPresent(p -> files.reimport(side, p)));
    return item;
  }

  private MenuItem alignmentSettingsItem() {
    MenuItem item = new MenuItem(Messages.get("action.alignSettings"));
    item.setId("menu-alignment-settings");
    item.disableProperty().bind(viewModel.alignment().runningProperty());
    item.setOnAction(
        e ->
            new AlignmentSettingsDialog(
                    owner.get(),
                    alignmentSetup.current(),
                    alignmentSetup.equivalencesPath(),
                    alignmentSetup.namesProblem(),
                    desktop,
                    termFrames())
                .showAndWait()
                .ifPresent(chosen -> viewModel.chooseAlignment(alignmentSetup, chosen)));
    return item;
  }

  /** The frame ids a lexicon line may name: the built-in codebook's and the open comparison's. */
  private Set<String> termFrames() {
    Set<String> ids = new TreeSet<>();
    Codebook.defaults().kinds(TagTarget.TERM).forEach(k -> ids.add(k.id()));
    viewModel
        .tagging()
        .session()
        .comparison()
        .ifPresent(c -> c.codebook().kinds(TagTarget.TERM).forEach(k -> ids.add(k.id())));
    return ids;
  }

  private MenuItem annotatorItem() {
    MenuItem item = new MenuItem(Messages.get("action.annotator"));
    item.setId("menu-annotator");
    item.setOnAction(
        e -> {
          TextInputDialog ask = new TextInputDialog(viewModel.tagging().annotatorProperty().get());
          ask.initOwner(owner.get());
          Styles.dressLike(ask.getDialogPane(), owner.get());
          ask.setTitle(Messages.get("annotator.title"));
          ask.setHeaderText(Messages.get("annotator.header"));
          ask.setContentText(Messages.get("annotator.name"));
          ask.showAndWait()
              .map(String::strip)
              .ifPresent(viewModel.tagging().annotatorProperty()::set);
        });
    return item;
  }

  private ToggleButton darkToggle() {
    ToggleButton toggle = new ToggleButton(Messages.get("action.theme"));
    toggle.setId("tool-dark");
    toggle.setFocusTraversable(false);
    Action.showIcon(toggle, Feather.MOON, Messages.get("action.theme"));
    toggle.selectedProperty().bindBidirectional(viewModel.darkProperty());
    return toggle;
  }

  private ToggleButton sidePanelToggle() {
    ToggleButton toggle = new ToggleButton(Messages.get("action.panel"));
    toggle.setId("tool-side-panel");
    toggle.setFocusTraversable(false);
    Action.showIcon(toggle, Feather.SIDEBAR, Messages.get("action.panel.tooltip") + " (F9)");
    toggle.selectedProperty().bindBidirectional(viewModel.sidePanelProperty());
    return toggle;
  }

  private ToggleButton blindspotsToggle() {
    ToggleButton toggle = new ToggleButton(Messages.get("action.blindspots"));
    toggle.setId("tool-blindspots");
    toggle.setFocusTraversable(false);
    Action.showIcon(toggle, Feather.EYE_OFF, Messages.get("action.blindspots.tooltip"));
    toggle.selectedProperty().bindBidirectional(viewModel.blindspotsProperty());
    return toggle;
  }
}
