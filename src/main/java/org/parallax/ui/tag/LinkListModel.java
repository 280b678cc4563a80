package org.parallax.ui.tag;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.tagging.LinkFilter;
import org.parallax.ui.Messages;
import org.parallax.ui.support.ListUpdate;

/**
 * The links list of the side panel: the filters the reader set and the links that pass them, in
 * reading order, kept up to date with every edit.
 */
public final class LinkListModel {
  private final ComparisonSession session;
  private final ObservableSet<String> relations = FXCollections.observableSet(new HashSet<>());
  private final ObservableSet<LinkStatus> statuses =
      FXCollections.observableSet(EnumSet.of(LinkStatus.SUGGESTED, LinkStatus.CONFIRMED));
  private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side", Side.A);
  private final BooleanProperty onlyWithNote = new SimpleBooleanProperty(this, "withNote");
  private final StringProperty search = new SimpleStringProperty(this, "search", "");
  private final ObservableList<Link> visible = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper relationsTitle = new ReadOnlyStringWrapper(this, "relations");
  private final ReadOnlyStringWrapper statusesTitle = new ReadOnlyStringWrapper(this, "statuses");
  // One read-only view, kept: a view made per call listens to the list only weakly and loses
  // the listeners added to it once it is collected.
  private final ObservableList<Link> visibleView =
      FXCollections.unmodifiableObservableList(visible);
  private Comparison shown;

  public LinkListModel(ComparisonSession session) {
    this.session = session;
    session.currentProperty().addListener((o, a, b) -> refreshIfLinksChanged());
    relations.addListener((SetChangeListener<String>) c -> refresh());
    statuses.addListener((SetChangeListener<LinkStatus>) c -> refresh());
    side.addListener((o, a, b) -> refresh());
    onlyWithNote.addListener((o, a, b) -> refresh());
    search.addListener((o, a, b) -> refresh());
    refresh();
  }

  /** The filter as the core understands it. */
  public LinkFilter filter() {
    return new LinkFilter(
        Set.copyOf(relations),
        statuses.isEmpty() ? EnumSet.noneOf(LinkStatus.class) : EnumSet.copyOf(statuses),
        Optional.empty(),
        onlyWithNote.get(),
        search.get() == null ? "" : search.get());
  }

  /**
   * Refreshes unless the edit left the links and claims as they were (a term tag, a codebook
   * colour): re-filling the list would re-lay out its cells for nothing, which over hundreds of
   * links cost a frame on every tagging step.
   */
  private void refreshIfLinksChanged() {
    Comparison now = session.currentProperty().get();
    if (now == null
        || shown == null
        || now.links() != shown.links()
        || now.claims() != shown.claims()
        || now.a() != shown.a()
        || now.b() != shown.b()
        || !now.codebook().equals(shown.codebook())) {
      refresh();
    } else {
      shown = now;
    }
  }

  private void refresh() {
    Comparison comparison = session.currentProperty().get();
    shown = comparison;
    relationsTitle.set(relationsTitle(comparison));
    statusesTitle.set(statusesTitle());
    if (comparison == null) {
      visible.clear();
      return;
    }
    Side order = side.get() == null ? Side.A : side.get();
    ListUpdate.replaceChanged(
        visible,
        filter().apply(comparison).stream()
            .sorted(
                Comparator.comparingInt((Link l) -> firstStart(comparison, l, order))
                    .thenComparingInt(l -> firstStart(comparison, l, order.other())))
            .toList());
  }

  /**
   * The relations the filter offers: the codebook's link kinds in its order, then {@link #UNSET}
   * for links whose relation is not set yet.
   */
  public static List<String> relationChoices(Comparison comparison) {
    List<String> ids = new java.util.ArrayList<>();
    comparison.codebook().kinds(TagTarget.LINK).forEach(kind -> ids.add(kind.id()));
    ids.add(UNSET);
    return ids;
  }

  /** The relation filter's choice for links without a relation, as {@link LinkFilter} has it. */
  public static final String UNSET = "";

  /** How the relation filter names {@code id}: the codebook's label, or "Not set". */
  public static String relationLabel(Comparison comparison, String id) {
    if (UNSET.equals(id)) {
      return Messages.get("links.relationUnset");
    }
    return comparison == null
        ? id
        : comparison.codebook().find(TagTarget.LINK, id).map(TagKind::label).orElse(id);
  }

  /** "Relations", "Relations: Reframe" or "Relations: 2 of 6", as the filter box reads. */
  private String relationsTitle(Comparison comparison) {
    int offered = comparison == null ? 0 : relationChoices(comparison).size();
    if (relations.isEmpty() || relations.size() >= offered && offered > 0) {
      return Messages.get("links.relations");
    }
    if (relations.size() == 1) {
      return Messages.get(
          "links.relationsOne", relationLabel(comparison, relations.iterator().next()));
    }
    return Messages.get("links.relationsSome", relations.size(), offered);
  }

  /** "Status" when every status shows, else "Status: suggested, confirmed". */
  private String statusesTitle() {
    if (statuses.isEmpty() || statuses.size() == LinkStatus.values().length) {
      return Messages.get("links.statuses");
    }
    return Messages.get(
        "links.statusesSome",
        String.join(
            ", ", EnumSet.copyOf(statuses).stream().map(LinkListModel::statusLabel).toList()));
  }

  /** How lists name a status: "suggested", "confirmed", "rejected". */
  public static String statusLabel(LinkStatus status) {
    return switch (status) {
      case SUGGESTED -> Messages.get("status.suggested");
      case CONFIRMED -> Messages.get("status.confirmed");
      case REJECTED -> Messages.get("status.rejected");
    };
  }

  /** Where the link's earliest claim on {@code side} starts. */
  private static int firstStart(Comparison comparison, Link link, Side side) {
    int first = Integer.MAX_VALUE;
    for (String id : link.claims(side)) {
      Optional<Claim> claim = comparison.claim(id);
      if (claim.isPresent()) {
        first = Math.min(first, claim.get().start());
      }
    }
    return first;
  }

  /** Relation ids to show; empty shows every relation. */
  public ObservableSet<String> relations() {
    return relations;
  }

  /** Statuses to show: suggested and confirmed at first, rejected hidden. */
  public ObservableSet<LinkStatus> statuses() {
    return statuses;
  }

  /** Whose reading order the list follows. */
  public ObjectProperty<Side> sideProperty() {
    return side;
  }

  public BooleanProperty onlyWithNoteProperty() {
    return onlyWithNote;
  }

  public StringProperty searchProperty() {
    return search;
  }

  /** What the relation filter box reads, naming the relations it keeps. */
  public ReadOnlyStringProperty relationsTitleProperty() {
    return relationsTitle.getReadOnlyProperty();
  }

  /** What the status filter box reads, naming the statuses it keeps. */
  public ReadOnlyStringProperty statusesTitleProperty() {
    return statusesTitle.getReadOnlyProperty();
  }

  public ObservableList<Link> visible() {
    return visibleView;
  }
}
