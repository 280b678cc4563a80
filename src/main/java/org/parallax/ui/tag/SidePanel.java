package org.parallax.ui.tag;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.parallax.model.Claim;
import org.parallax.model.Link;
import org.parallax.model.TermTag;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/** The panel beside the essays: one tab per kind of thing the reader tags. */
public final class SidePanel extends TabPane {

  public SidePanel(
      TaggingViewModel tagging,
      LinkListModel links,
      BooleanProperty blindspots,
      Consumer<Link> reveal,
      Consumer<TermTag> revealTerm,
      Consumer<Claim> revealClaim) {
    setId("side-panel");
    getStyleClass().add(Styles.SIDE_PANEL);
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    Tab linksTab = new Tab(Messages.get("panel.links"), new LinksPanel(tagging, links, reveal));
    linksTab.setId("tab-links");
    Tab termsTab = new Tab(Messages.get("panel.terms"), new TermsPanel(tagging, revealTerm));
    termsTab.setId("tab-terms");
    Tab blindspotsTab =
        new Tab(
            Messages.get("panel.blindspots"),
            new BlindspotsPanel(tagging, blindspots, revealClaim));
    blindspotsTab.setId("tab-blindspots");
    Tab codebookTab = new Tab(Messages.get("panel.codebook"), new CodebookPanel(tagging));
    codebookTab.setId("tab-codebook");
    getTabs().addAll(linksTab, termsTab, blindspotsTab, codebookTab);
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
