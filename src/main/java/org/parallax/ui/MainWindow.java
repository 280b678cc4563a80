package org.parallax.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.parallax.export.Exporters;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.Orphan;
import org.parallax.model.Side;
import org.parallax.ui.align.AlignmentSetup;
import org.parallax.ui.align.PartnerList;
import org.parallax.ui.export.ExportCommands;
import org.parallax.ui.export.ExportViewModel;
import org.parallax.ui.file.FileCommands;
import org.parallax.ui.file.FileViewModel;
import org.parallax.ui.file.Opener;
import org.parallax.ui.file.OrphanAttacher;
import org.parallax.ui.file.OrphansPanel;
import org.parallax.ui.present.Presenter;
import org.parallax.ui.reading.DocumentView;
import org.parallax.ui.reading.LinkedScrolling;
import org.parallax.ui.reading.RelationPalette;
import org.parallax.ui.reading.RelationTints;
import org.parallax.ui.reading.RibbonGutter;
import org.parallax.ui.summary.SummaryWindow;
import org.parallax.ui.support.Action;
import org.parallax.ui.support.AltForTheMouse;
import org.parallax.ui.support.DesktopAccess;
import org.parallax.ui.support.KeptDivider;
import org.parallax.ui.support.Notice;
import org.parallax.ui.support.SettingsStore;
import org.parallax.ui.support.WindowSettings;
import org.parallax.ui.tag.LinkListModel;
import org.parallax.ui.tag.SidePanel;
import org.parallax.ui.tag.TaggingKeys;
import org.parallax.ui.tour.TourModel;
import org.parallax.ui.tour.TourWindow;

/** The main window: menus and toolbar, the two essays side by side, and the status bar. */
public final class MainWindow {
  private final MainViewModel viewModel;
  private final FileViewModel files;
  private FileCommands fileCommands;
  private Timeline autosave;
  private final SettingsStore settings;
  private final DesktopAccess desktop;
  private final AlignmentSetup alignmentSetup;
  private final SplitPane split = new SplitPane();

  /** The side panel's width while the window has room for it. */
  private static final double PANEL_WIDTH = 340;

  /** The narrowest the side panel gets when it gives way to the essays in a small window. */
  private static final double PANEL_MIN_WIDTH = 220;

  /** The room the essays and the gutter keep before the side panel starts to give way. */
  private static final double READING_MIN_WIDTH = 600;

  /** The left essay's share of the room the two essays have (the gutter not counted). */
  private double essayShare;

  /** The gutter's width as the reader left it, to remember. */
  private DoubleSupplier gutterWidth = () -> Double.NaN;

  /** The side panel's width, as the reader last dragged it. */
  private double panelWidth = PANEL_WIDTH;

  /** The smallest window in which both essays and the side panel stay usable. */
  private static final double MIN_WIDTH = 860;

  private static final double MIN_HEIGHT = 600;

  private final NoticeBar notifications = new NoticeBar();

  /** The stylesheet tinting claims in the codebook's relation colours, when one is needed. */
  private String relationSheet;

  private Stage stage;

  /** Whether the first-start tour has been shown (look). */
  private boolean tourSeen;

  public MainWindow(
      MainViewModel viewModel,
      FileViewModel files,
      SettingsStore settings,
      DesktopAccess desktop,
      AlignmentSetup alignmentSetup) {
    this.viewModel = viewModel;
    this.alignmentSetup = alignmentSetup;
    this.files = files;
    this.settings = settings;
    this.desktop = desktop;
  }

  /** Builds the scene into {@code stage}, restores remembered settings and shows it. */
  public void show(Stage target) {
    this.stage = target;
    WindowSettings remembered = settings.load();
    viewModel.apply(remembered);
    tourSeen = remembered.tourSeen();
    Opener opener = new Opener(viewModel, files);
    fileCommands = new FileCommands(files, desktop, stage);
    viewModel.setDiscardCheck(fileCommands::confirmDiscard);
    viewModel.tagging().useLexicon(() -> alignmentSetup.current().lexicon());
    viewModel.words().useLexicon(() -> alignmentSetup.current().lexicon());
    viewModel
        .tagging()
        .useLexiconKeeper(line -> alignmentSetup.addEntry(line, viewModel.alignment()));
    viewModel.tagging().setNameAsker(() -> ReaderNameQuestion.ask(stage));
    DocumentView[] views = new DocumentView[2];
    Presenter[] presenter = new Presenter[1];
    AppActions actions =
        new AppActions(
            viewModel,
            opener,
            desktop,
            () -> stage,
            this::requestClose,
            () -> presenter[0].present(),
            side -> views[side.ordinal()].area().getCaretPosition(),
            side -> views[side.ordinal()].area().getSelection());

    DocumentView left =
        new DocumentView(
            Side.A, viewModel, opener, actions.openLeft.handler(), actions.paste.handler());
    DocumentView right =
        new DocumentView(
            Side.B, viewModel, opener, actions.open.handler(), actions.paste.handler());
    views[0] = left;
    views[1] = right;
    RibbonGutter ribbons =
        new RibbonGutter(
            left.area(), right.area(), viewModel.alignment(), viewModel.lookProperty());
    ribbons.onlySelectedProperty().bindBidirectional(viewModel.onlySelectedRibbonsProperty());
    ribbons.restoreWidth(remembered.gutterWidth());
    gutterWidth = ribbons.gutterWidthProperty()::get;
    // The gutter rides on the right item so the split keeps a single, remembered divider.
    BorderPane rightWithRibbons = new BorderPane(right);
    rightWithRibbons.setLeft(ribbons);
    split.getItems().addAll(left, rightWithRibbons);
    split.setId("reading-split");
    essayShare = remembered.divider();
    KeptDivider essays =
        KeptDivider.keep(
            split,
            new KeptDivider.Rule() {
              @Override
              public double position(double width) {
                double room = width - ribbons.getWidth();
                return essayShare * room / width;
              }

              @Override
              public void dragged(double position, double width) {
                double room = width - ribbons.getWidth();
                essayShare = Math.min(0.9, Math.max(0.1, position * width / room));
              }
            });
    // A wider gutter takes its room from both essays alike, also when it widens with the font.
    ribbons.setOnWidened(essays::place);
    ribbons
        .fontScaleProperty()
        .bind(Bindings.createDoubleBinding(this::scale, viewModel.fontSizeProperty()));
    ribbons.fontScaleProperty().addListener((o, was, now) -> Platform.runLater(essays::place));
    LinkedScrolling linking =
        new LinkedScrolling(left.area(), right.area(), viewModel.linkedScrollingProperty());
    bindFontSize(left, right);
    Consumer<Claim> reveal =
        claim -> {
          DocumentView view = claim.side() == Side.A ? left : right;
          linking.hold(view.area());
          view.reveal(claim);
        };
    viewModel
        .alignment()
        .selectedProperty()
        .addListener(
            (obs, old, claim) ->
                viewModel
                    .alignment()
                    .bestPartner()
                    .ifPresent(
                        p -> {
                          DocumentView partnerView = p.claim().side() == Side.A ? left : right;
                          DocumentView claimView = claim.side() == Side.A ? left : right;
                          linking.hold(partnerView.area());
                          partnerView.revealLevelWith(p.claim(), claimView, claim);
                        }));
    PartnerList partners =
        new PartnerList(
            viewModel.alignment(), reveal, p -> viewModel.tagging().linkPartner(p.rank()));
    VBox reading = new VBox(split, partners);
    VBox.setVgrow(split, Priority.ALWAYS);
    Consumer<Link> revealLink =
        link -> {
          Comparison comparison = viewModel.alignment().comparisonProperty().get();
          if (comparison != null) {
            linking.holdBoth();
            comparison.claim(link.aClaims().get(0)).ifPresent(left::reveal);
            comparison.claim(link.bClaims().get(0)).ifPresent(right::reveal);
          }
        };
    viewModel
        .tagging()
        .currentLinkProperty()
        .addListener(
            (obs, old, link) -> {
              if (link != null && (old == null || !old.id().equals(link.id()))) {
                revealLink.accept(link);
              }
            });
    // A word picked in the Words tab: each essay scrolls to its first occurrence of it.
    viewModel
        .words()
        .foundProperty()
        .addListener(
            (obs, old, found) -> {
              if (!found.isEmpty()) {
                linking.holdBoth();
                found.a().stream().findFirst().ifPresent(p -> left.revealOffset(p.start()));
                found.b().stream().findFirst().ifPresent(p -> right.revealOffset(p.start()));
              }
            });
    LinkListModel linkList = new LinkListModel(viewModel.alignment().session());
    presenter[0] =
        new Presenter(
            stage,
            viewModel.alignment().session(),
            linkList,
            viewModel.lookProperty(),
            id -> putReaderOn(id, revealLink));
    SidePanel panel =
        new SidePanel(
            viewModel.tagging(),
            viewModel.words(),
            linkList,
            viewModel.blindspotsProperty(),
            revealLink,
            term -> {
              DocumentView view = term.side() == Side.A ? left : right;
              linking.hold(view.area());
              view.revealOffset(term.start());
            },
            claim -> {
              viewModel.alignment().select(claim);
              reveal.accept(claim);
            });
    Tab orphansTab =
        new Tab(
            Messages.get("panel.orphans"),
            new OrphansPanel(
                files,
                new OrphanAttacher(viewModel.tagging(), files),
                side -> (side == Side.A ? left : right).area().getSelection()));
    orphansTab.setId("tab-orphans");
    panel.getTabs().add(orphansTab);
    files
        .orphans()
        .addListener(
            (ListChangeListener<Orphan>)
                c -> {
                  if (!files.orphans().isEmpty()) {
                    panel.getSelectionModel().select(orphansTab);
                  }
                });
    SplitPane workbench = new SplitPane(reading, panel);
    workbench.setId("workbench");
    // A wider or narrower window widens or narrows the essays; the panel keeps its width, and gives
    // way only when the essays would get too narrow, taking it back when the window grows again.
    // The panel's widths grow with the font size (look), as its words do.
    KeptDivider kept =
        KeptDivider.keep(
            workbench,
            new KeptDivider.Rule() {
              @Override
              public double position(double width) {
                double s = scale();
                double room = Math.max(PANEL_MIN_WIDTH * s, width - READING_MIN_WIDTH * s);
                return 1 - Math.min(panelWidth * s, room) / width;
              }

              @Override
              public void dragged(double position, double width) {
                double s = scale();
                panelWidth = Math.max(PANEL_MIN_WIDTH * s, (1 - position) * width) / s;
              }
            });
    viewModel.fontSizeProperty().addListener((o, was, now) -> Platform.runLater(kept::place));
    viewModel
        .sidePanelProperty()
        .addListener(
            (obs, was, shown) -> {
              if (shown) {
                workbench.getItems().add(panel);
              } else {
                workbench.getItems().remove(panel);
              }
            });
    if (!viewModel.sidePanelProperty().get()) {
      workbench.getItems().remove(panel);
    }

    VBox centre = new VBox(notifications, workbench);
    notifications.setOnClosed(() -> viewModel.noticeProperty().set(null));
    VBox.setVgrow(workbench, Priority.ALWAYS);
    viewModel.noticeProperty().addListener((obs, old, notice) -> show(notice));

    BorderPane root = new BorderPane();
    ExportCommands exports =
        new ExportCommands(
            new ExportViewModel(
                viewModel.alignment().comparisonProperty(),
                files.fileProperty()::get,
                Exporters.all(),
                viewModel.alignment().runner(),
                viewModel.noticeProperty()::set,
                settings,
                desktop,
                viewModel.alignment().clock()),
            desktop,
            viewModel.alignment().clock(),
            stage,
            files.nothingToSaveProperty());
    WindowMenus menus =
        new WindowMenus(
            viewModel, files, fileCommands, exports, desktop, () -> stage, alignmentSetup);
    menus.addToView(
        new Action(
            "present-here",
            Messages.get("action.presentHere"),
            Messages.get("action.presentHere.tooltip"),
            KeyCombination.keyCombination("Shift+F5"),
            () ->
                presenter[0].present(
                    Optional.ofNullable(viewModel.tagging().currentLinkProperty().get())
                        .map(Link::id)),
            viewModel.alignment().session().currentProperty().isNull()));
    KeyboardReach keyboard = new KeyboardReach(viewModel, left, right, partners, panel);
    keyboard.actions().forEach(menus::addToView);
    menus.addToView(
        new SummaryWindow(
                viewModel.alignment().session(),
                () -> stage,
                desktop,
                viewModel.noticeProperty()::set)
            .action());
    menus.addToHelp(
        new Action(
            "tour",
            Messages.get("action.tour"),
            Messages.get("tour.title"),
            null,
            this::showTour,
            null));
    root.setTop(new VBox(menus.menuBar(actions), menus.toolBar(actions)));
    root.setCenter(centre);
    StatusBar status = new StatusBar(viewModel, files);
    status.getChildren().addAll(exports.statusControls());
    root.setBottom(status);
    // look: the whole window's text follows the font size; the essays' own size is set on them.
    root.styleProperty().bind(viewModel.uiFontStyle());
    Scene scene = new Scene(root, size(remembered.width(), 1280), size(remembered.height(), 820));
    scene.getStylesheets().add(getClass().getResource("parallax.css").toExternalForm());
    scene.getStylesheets().add(RelationPalette.stylesheet());
    followRelationColours(scene);
    bindTheme(root);
    viewModel
        .lookProperty()
        .addListener(
            (obs, was, look) ->
                Platform.runLater(
                    () -> {
                      left.area().relayout();
                      right.area().relayout();
                    }));
    addFontSizeAliases(scene);
    AltForTheMouse.install(scene);
    keyboard.install(scene);
    scene
        .getAccelerators()
        .put(KeyCombination.keyCombination("Shortcut+Y"), viewModel.alignment().session()::redo);
    new TaggingKeys(
            viewModel.tagging(), side -> (side == Side.A ? left : right).area().getSelection())
        .install(scene);
    stage.setScene(scene);
    stage.setMinWidth(MIN_WIDTH);
    stage.setMinHeight(MIN_HEIGHT);
    stage.titleProperty().bind(fileCommands.windowTitle());
    stage.getIcons().add(new Image(getClass().getResource("/assets/icon.png").toExternalForm()));
    stage.setOnCloseRequest(
        e -> {
          if (!fileCommands.confirmClose()) {
            e.consume();
          }
        });
    stage.setOnHidden(e -> closed());
    stage.show();
    autosave = fileCommands.startAutosave();
    if (TourModel.showAtStart(tourSeen)) {
      // Kept at once, so the tour is shown once even if this run ends badly.
      tourSeen = true;
      settings.save(settings.load().withTourSeen(true));
      showTour();
    }
  }

  /** Opens the tour of the five things to know over the window (first start, Help menu). */
  private void showTour() {
    new TourWindow(stage, new TourModel(), viewModel.lookProperty().get()).show();
  }

  /**
   * After presenting: the link the class saw last becomes the current one, shown in both essays and
   * the links list, as N and Shift+N do.
   */
  private void putReaderOn(String linkId, Consumer<Link> revealLink) {
    viewModel
        .alignment()
        .session()
        .comparison()
        .flatMap(c -> c.links().stream().filter(l -> l.id().equals(linkId)).findFirst())
        .ifPresent(
            link -> {
              viewModel.tagging().focus(link);
              revealLink.accept(link);
            });
  }

  /** Offers to restore work a crash left behind; call once the window is showing. */
  public void offerRecovery() {
    fileCommands.offerRecovery();
  }

  /** Closes the window, asking first when there are unsaved changes. */
  public void requestClose() {
    if (fileCommands.confirmClose()) {
      stage.close();
    }
  }

  private void closed() {
    autosave.stop();
    remember();
    if (!files.unsavedProperty().get()) {
      files.deleteRecovery();
    }
  }

  private void show(Notice notice) {
    if (notice == null) {
      return;
    }
    if (notice.error()) {
      notifications.show(notice.text());
    } else {
      notifications.hide();
    }
  }

  /** Tints linked claims in the codebook's colours, as the reader adds and recolours relations. */
  private void followRelationColours(Scene scene) {
    Consumer<Comparison> apply =
        now -> {
          String css = now == null ? "" : RelationTints.css(now.codebook());
          String sheet = css.isEmpty() ? null : RelationTints.stylesheet(css);
          if (Objects.equals(sheet, relationSheet)) {
            return;
          }
          if (relationSheet != null) {
            scene.getStylesheets().remove(relationSheet);
          }
          if (sheet != null) {
            scene.getStylesheets().add(sheet);
          }
          relationSheet = sheet;
        };
    viewModel
        .alignment()
        .session()
        .currentProperty()
        .addListener((o, old, now) -> apply.accept(now));
    apply.accept(viewModel.alignment().session().currentProperty().get());
  }

  /** How much larger than the default the reader's font size is (look: the UI follows it). */
  private double scale() {
    return viewModel.fontSizeProperty().get() / (double) WindowSettings.DEFAULTS.fontSize();
  }

  private void bindFontSize(DocumentView left, DocumentView right) {
    for (DocumentView view : new DocumentView[] {left, right}) {
      view.area()
          .styleProperty()
          .bind(Bindings.format("-fx-font-size: %dpx;", viewModel.fontSizeProperty()));
    }
  }

  private void bindTheme(BorderPane root) {
    Runnable apply =
        () -> {
          Theme.Look look = viewModel.lookProperty().get();
          Theme.use(look != Theme.Look.LIGHT);
          Theme.dress(root.getScene(), look);
        };
    viewModel.lookProperty().addListener((obs, o, n) -> apply.run());
    apply.run();
  }

  private void remember() {
    settings.save(
        new WindowSettings(
            stage.getWidth(),
            stage.getHeight(),
            essayShare,
            gutterWidth.getAsDouble(),
            viewModel.fontSizeProperty().get(),
            viewModel.linkedScrollingProperty().get(),
            viewModel.darkProperty().get(),
            viewModel.tagging().annotatorProperty().get(),
            viewModel.highContrastProperty().get(),
            tourSeen));
  }

  private static double size(double remembered, double fallback) {
    return Double.isFinite(remembered) && remembered > 200 ? remembered : fallback;
  }

  /** Ctrl+Plus and the keypad keys also change the font size, as readers expect. */
  private void addFontSizeAliases(Scene scene) {
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
            viewModel::fontBigger);
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
            viewModel::fontBigger);
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
            viewModel::fontSmaller);
  }
}
