package org.parallax.ui.tag;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
import org.parallax.tagging.LinkFilter;

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

  public LinkListModel(ComparisonSession session) {
    this.session = session;
    session.currentProperty().addListener((o, a, b) -> refresh());
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

  private void refresh() {
    Comparison comparison = session.currentProperty().get();
    if (comparison == null) {
      visible.clear();
      return;
    }
    Side order = side.get() == null ? Side.A : side.get();
    Map<String, Claim> claims = new HashMap<>();
    comparison.claims().forEach(c -> claims.putIfAbsent(c.id(), c));
    visible.setAll(
        filter().apply(comparison).stream()
            .sorted(
                Comparator.comparingInt((Link l) -> firstStart(claims, l, order))
                    .thenComparingInt(l -> firstStart(claims, l, order.other())))
            .toList());
  }

  /** Where the link's earliest claim on {@code side} starts. */
  private static int firstStart(Map<String, Claim> claims, Link link, Side side) {
    int first = Integer.MAX_VALUE;
    for (String id : link.claims(side)) {
      Claim claim = claims.get(id);
      if (claim != null) {
        first = Math.min(first, claim.start());
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

  public ObservableList<Link> visible() {
    return FXCollections.unmodifiableObservableList(visible);
  }
}
