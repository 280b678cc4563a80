package org.parallax.ui.tag;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.parallax.model.Claim;
import org.parallax.model.Link;
import org.parallax.model.TermTag;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/** The panel beside the essays: one tab per kind of thing the reader tags. */
public final class SidePanel extends TabPane {
  static final String ID = "side-panel";

  private static void refreshWhenShown(
      Tab tab, javafx.beans.value.ObservableValue<?> source, Runnable refresh) {
    boolean[] stale = {true};
    source.addListener(
        (obs, old, now) -> {
          if (tab.isSelected()) {
            refresh.run();
          } else {
            stale[0] = true;
          }
        });
    tab.selectedProperty()
        .addListener(
            (obs, was, now) -> {
              if (now && stale[0]) {
                stale[0] = false;
                refresh.run();
              }
            });
  }

  public SidePanel(
      TaggingViewModel tagging,
      DistinctiveWordsViewModel words,
      LinkListModel links,
      BooleanProperty blindspots,
      Consumer<Link> reveal,
      Consumer<TermTag> revealTerm,
      Consumer<Claim> revealClaim) {
    setId(ID);
    getStyleClass().add(Styles.SIDE_PANEL);
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    setAccessibleText(Messages.get("a11y.panel"));
    setAccessibleHelp(Messages.get("a11y.panel.help"));
    Tab linksTab = new Tab(Messages.get("panel.links"), new LinksPanel(tagging, links, reveal));
    linksTab.setId("tab-links");
    TermsPanel terms = new TermsPanel(tagging, revealTerm);
    Tab termsTab = new Tab(Messages.get("panel.terms"), terms);
    termsTab.setId("tab-terms");
    DistinctiveWordsPanel wordsPanel = new DistinctiveWordsPanel(words);
    Tab wordsTab = new Tab(Messages.get("panel.words"), wordsPanel);
    wordsTab.setId("tab-words");
    wordsTab.setTooltip(new Tooltip(Messages.get("panel.words.tooltip")));
    BlindspotsPanel blindspotsPanel = new BlindspotsPanel(tagging, blindspots, revealClaim);
    Tab blindspotsTab = new Tab(Messages.get("panel.blindspots"), blindspotsPanel);
    blindspotsTab.setId("tab-blindspots");
    PromptsPanel prompts =
        new PromptsPanel(new PromptsViewModel(tagging), tagging, reveal, revealTerm, revealClaim);
    Tab promptsTab = new Tab(Messages.get("panel.prompts"), prompts);
    promptsTab.setId("tab-prompts");
    CodebookPanel codebook = new CodebookPanel(tagging);
    Tab codebookTab = new Tab(Messages.get("panel.codebook"), codebook);
    codebookTab.setId("tab-codebook");
    // Hidden tabs catch up when shown: refreshing every list after every edit of a book-length
    // comparison cost more than the edit itself.
    var current = tagging.session().currentProperty();
    refreshWhenShown(termsTab, current, terms::refresh);
    // Discovery runs only for a shown tab and only when the texts or the lexicon changed
    // (words.refresh checks): a tag edited costs it nothing, and opening the seed pair does not
    // wait for it. The tab looks each time it is shown, as a name kept from the Terms tab changes
    // the lexicon and nothing else.
    current.addListener(
        (obs, old, now) -> {
          if (wordsTab.isSelected()) {
            words.refresh();
          }
        });
    wordsTab
        .selectedProperty()
        .addListener(
            (obs, was, now) -> {
              if (now) {
                words.refresh();
              } else {
                wordsPanel.left();
              }
            });
    refreshWhenShown(blindspotsTab, current, blindspotsPanel::refresh);
    refreshWhenShown(promptsTab, current, prompts::refresh);
    refreshWhenShown(codebookTab, current, codebook::refresh);
    getTabs().addAll(linksTab, termsTab, wordsTab, blindspotsTab, promptsTab, codebookTab);
    // A new term (T) opens the terms tab so its frame and the offer to tag the rest are in view.
    tagging
        .currentTermProperty()
        .addListener(
            (o, old, term) -> {
              if (term != null && old == null) {
                getSelectionModel().select(termsTab);
              }
            });
  }
}
