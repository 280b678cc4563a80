package org.parallax.ui.tour;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.parallax.ui.Messages;

/**
 * The first-start tour's steps and where the reader is in them: Next, Back, Skip. It decides; the
 * {@link TourWindow} only shows and binds.
 */
public final class TourModel {
  /** One step: a title and a sentence or two. */
  public record Step(String title, String body) {}

  /** The five things to know, in the order a reader meets them. */
  public static final List<Step> STEPS =
      List.of(
          new Step(Messages.get("tour.counterpart.title"), Messages.get("tour.counterpart.body")),
          new Step(Messages.get("tour.claim.title"), Messages.get("tour.claim.body")),
          new Step(Messages.get("tour.relation.title"), Messages.get("tour.relation.body")),
          new Step(Messages.get("tour.term.title"), Messages.get("tour.term.body")),
          new Step(Messages.get("tour.save.title"), Messages.get("tour.save.body")));

  private final IntegerProperty index = new SimpleIntegerProperty(this, "index", 0);
  private final BooleanProperty finished = new SimpleBooleanProperty(this, "finished");
  private final BooleanBinding first = index.isEqualTo(0);
  private final BooleanBinding last = index.isEqualTo(STEPS.size() - 1);
  private final StringBinding title =
      Bindings.createStringBinding(() -> STEPS.get(index.get()).title(), index);
  private final StringBinding body =
      Bindings.createStringBinding(() -> STEPS.get(index.get()).body(), index);
  private final StringBinding position =
      Bindings.createStringBinding(
          () -> Messages.get("tour.position", index.get() + 1, STEPS.size()), index);

  /**
   * Whether the tour opens by itself: on the first start only, and never when the system property
   * {@code parallax.tour} or the environment variable {@code PARALLAX_TOUR} is {@code off} (for
   * screenshots and scripted runs in a fresh home folder).
   */
  public static boolean showAtStart(boolean seen) {
    return !seen
        && !"off".equalsIgnoreCase(System.getProperty("parallax.tour", ""))
        && !"off".equalsIgnoreCase(System.getenv().getOrDefault("PARALLAX_TOUR", ""));
  }

  /** The next step, or the end of the tour after the last. */
  public void next() {
    if (last.get()) {
      finished.set(true);
    } else {
      index.set(index.get() + 1);
    }
  }

  /** The step before; nothing on the first. */
  public void back() {
    if (!first.get()) {
      index.set(index.get() - 1);
    }
  }

  /** Ends the tour wherever the reader is. */
  public void skip() {
    finished.set(true);
  }

  /** Which step is shown, from 0. */
  public IntegerProperty indexProperty() {
    return index;
  }

  public BooleanBinding firstProperty() {
    return first;
  }

  public BooleanBinding lastProperty() {
    return last;
  }

  /** True once the reader finished or skipped the tour. */
  public BooleanProperty finishedProperty() {
    return finished;
  }

  public StringBinding titleProperty() {
    return title;
  }

  public StringBinding bodyProperty() {
    return body;
  }

  /** "Step 2 of 5". */
  public StringBinding positionProperty() {
    return position;
  }

  /** What a screen reader says for the step shown: where, title and text in one sentence. */
  public String spoken() {
    return position.get() + ". " + title.get() + ". " + body.get();
  }
}
