package org.parallax.ui.summary;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.parallax.model.Comparison;
import org.parallax.summary.Summary;
import org.parallax.ui.tag.ComparisonSession;

/** The figures of the comparison on screen, worked out again whenever it changes while shown. */
public final class SummaryViewModel {
  private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>();
  private final ComparisonSession session;

  private final javafx.beans.value.ChangeListener<Comparison> follow = (o, old, now) -> update(now);

  public SummaryViewModel(ComparisonSession session) {
    this.session = session;
  }

  /** Follows the comparison on screen until {@link #stop()}: the figures are worked out anew. */
  public void start() {
    session.currentProperty().addListener(follow);
    update(session.currentProperty().get());
  }

  /** Stops following the comparison (the summary is not shown, so it costs nothing). */
  public void stop() {
    session.currentProperty().removeListener(follow);
  }

  /** The summary, or null while no comparison is open. */
  public ReadOnlyObjectProperty<Summary> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** The title of the comparison on screen, for the window and file names. */
  public String title() {
    Comparison c = session.currentProperty().get();
    return c == null ? "" : org.parallax.tagging.ComparisonNames.titleOf(c);
  }

  private void update(Comparison c) {
    summary.set(c == null ? null : Summary.of(c));
  }
}
