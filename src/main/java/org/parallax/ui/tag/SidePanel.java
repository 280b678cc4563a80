package org.parallax.ui.tag;

import java.util.function.Consumer;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.parallax.model.Link;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/** The panel beside the essays: one tab per kind of thing the reader tags. */
public final class SidePanel extends TabPane {

  public SidePanel(TaggingViewModel tagging, LinkListModel links, Consumer<Link> reveal) {
    setId("side-panel");
    getStyleClass().add(Styles.SIDE_PANEL);
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    Tab linksTab = new Tab(Messages.get("panel.links"), new LinksPanel(tagging, links, reveal));
    linksTab.setId("tab-links");
    getTabs().add(linksTab);
  }
}
