package org.parallax.ui;

/** Style class names used from Java; their looks live in {@code parallax.css}. */
public final class Styles {
  public static final String DARK = "dark";
  public static final String DOCUMENT_VIEW = "document-view";
  public static final String DOCUMENT_AREA = "document-area";
  public static final String DOCUMENT_HEADER = "document-header";
  public static final String HEADER_TITLE = "header-title";
  public static final String HEADER_BYLINE = "header-byline";
  public static final String HEADER_PERSPECTIVE = "header-perspective";
  public static final String HEADING = "heading";
  public static final String EDITORIAL_NOTE = "editorial-note";
  public static final String CLAIM = "claim";
  public static final String CLAIM_BANDED = "claim-banded";
  public static final String CLAIM_SELECTED = "claim-selected";
  public static final String CLAIM_PARTNER = "claim-partner";
  public static final String CLAIM_PARTNER_BEST = "claim-partner-best";
  public static final String CLAIM_RUNNER_UP = "claim-runner-up";
  public static final String CLAIM_CHOSEN = "claim-chosen";
  public static final String CLAIM_CURRENT_LINK = "claim-current-link";
  public static final String CLAIM_UNMATCHED = "claim-unmatched";
  public static final String RELATION_OTHER = "rel-other";
  public static final String TERM = "term";
  public static final String TERM_SUGGESTED = "term-suggested";
  public static final String TERM_CURRENT = "term-current";
  public static final String FOUND = "found";
  public static final String WORDS_HEADING = "words-heading";
  public static final String WORDS_BAR = "words-bar";
  public static final String WORDS_FIGURES = "words-figures";
  public static final String TERM_PAIRS = "term-pairs";
  public static final String TERM_PAIR_SUGGESTED = "term-pair-suggested";
  public static final String PARTNER_LIST = "partner-list";
  public static final String PARTNER_RUNNER_UP = "partner-runner-up";
  public static final String SIDE_PANEL = "side-panel";
  public static final String SIDE_PANEL_TAB = "side-panel-tab";
  public static final String LINK_EDITOR = "link-editor";
  public static final String OFFER_BAR = "offer-bar";
  public static final String RIBBON_GUTTER = "ribbon-gutter";
  public static final String ALIGN_PROGRESS = "align-progress";
  public static final String LOADING_PROGRESS = "loading-progress";
  public static final String EMPTY_STATE = "empty-state";
  public static final String EMPTY_TITLE = "empty-title";
  public static final String EMPTY_DETAIL = "empty-detail";
  public static final String EMPTY_BUTTONS = "empty-buttons";
  public static final String SIDE_CONTROLS = "side-controls";
  public static final String TOOLBAR_SPACER = "toolbar-spacer";
  public static final String DROP_TARGET = "drop-target";
  public static final String STATUS_BAR = "status-bar";
  public static final String NOTICE_BAR = "notice-bar";
  public static final String NOTICE_CLOSE = "notice-close";
  public static final String STATUS_COUNTS = "status-counts";
  public static final String REMOVED_REASON = "removed-reason";
  public static final String REMOVED_TEXT = "removed-text";

  private Styles() {}

  /** Gives a dialog the window's stylesheet and theme, so a dark window opens dark dialogs. */
  public static void dressLike(javafx.scene.control.DialogPane pane, javafx.stage.Window owner) {
    pane.getStylesheets().addAll(owner.getScene().getStylesheets());
    // The window's font size (look), so that dialogs grow with it.
    pane.setStyle(owner.getScene().getRoot().getStyle());
    if (owner.getScene().getRoot().getStyleClass().contains(DARK)) {
      pane.getStyleClass().add(DARK);
    }
    if (owner.getScene().getRoot().getStyleClass().contains(Theme.HIGH_CONTRAST)) {
      pane.getStyleClass().add(Theme.HIGH_CONTRAST);
    }
  }
}
