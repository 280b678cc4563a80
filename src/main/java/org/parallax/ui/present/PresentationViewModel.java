package org.parallax.ui.present;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.parallax.present.Deck;
import org.parallax.present.Walk;
import org.parallax.ui.Messages;
import org.parallax.ui.Theme;

/**
 * What presentation mode shows and what its keys do, without any nodes: the slide (a {@link Walk}
 * of the deck), the slide number being typed for a jump, the look, and a type size that follows the
 * screen's height and the presenter's larger / smaller steps.
 */
public final class PresentationViewModel {
  /** The type size is the screen's height divided by this: 36 px on a 1080-line projector. */
  static final double LINES_PER_SCREEN = 30;

  static final int MIN_STEP = -5;
  static final int MAX_STEP = 8;
  private static final double STEP_FACTOR = 1.1;
  private static final int MAX_DIGITS = 5;

  private final ReadOnlyObjectWrapper<Walk> walk;
  private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper(this, "typed", "");
  private final ObjectProperty<Theme.Look> look;
  private final IntegerProperty step = new SimpleIntegerProperty(this, "step", 0);
  private final DoubleProperty screenHeight = new SimpleDoubleProperty(this, "screenHeight", 1080);
  private final DoubleBinding fontSize;
  private final StringBinding position;

  public PresentationViewModel(Deck deck, Theme.Look look) {
    this.walk = new ReadOnlyObjectWrapper<>(this, "walk", Walk.start(deck));
    this.look = new SimpleObjectProperty<>(this, "look", look);
    fontSize =
        Bindings.createDoubleBinding(
            () ->
                Math.max(12, screenHeight.get() / LINES_PER_SCREEN)
                    * Math.pow(STEP_FACTOR, step.get()),
            screenHeight,
            step);
    position =
        Bindings.createStringBinding(
            () ->
                typed.get().isEmpty()
                    ? Messages.get("present.position", number(), walk.get().total())
                    : Messages.get("present.goTo", typed.get()),
            walk,
            typed);
  }

  /** Stands on the slide of link {@code linkId} when the deck has one; nothing revealed. */
  public void startAt(String linkId) {
    Deck deck = walk.get().deck();
    deck.indexOfLink(linkId).ifPresent(i -> walk.set(new Walk(deck, i, java.util.Set.of())));
  }

  public void next() {
    move(walk.get().next());
  }

  /**
   * What a presenter remote's "next" button does (Page Down): shows the relation of a link slide
   * not yet revealed, else walks on, so a teacher with only a remote can still let the class argue
   * first.
   */
  public void forward() {
    if (walk.get().revealed()) {
      next();
    } else {
      reveal();
    }
  }

  public void previous() {
    move(walk.get().previous());
  }

  public void first() {
    move(walk.get().first());
  }

  public void last() {
    move(walk.get().last());
  }

  /** Shows the relation and note of the link on screen. */
  public void reveal() {
    walk.set(walk.get().reveal());
  }

  /** Adds a digit to the slide number being typed. */
  public void typeDigit(int digit) {
    if (digit < 0 || digit > 9 || typed.get().length() >= MAX_DIGITS) {
      return;
    }
    if (typed.get().isEmpty() && digit == 0) {
      return;
    }
    typed.set(typed.get() + digit);
  }

  /** Takes back the last digit typed. */
  public void eraseDigit() {
    String now = typed.get();
    typed.set(now.isEmpty() ? "" : now.substring(0, now.length() - 1));
  }

  /** Goes to the slide whose number was typed, if the deck has it; the number is cleared. */
  public void jumpToTyped() {
    String number = typed.get();
    typed.set("");
    if (!number.isEmpty()) {
      walk.get().jump(Integer.parseInt(number)).ifPresent(walk::set);
    }
  }

  /**
   * Forgets the number being typed, if any: Esc does this first, and ends the presentation only
   * when nothing was being typed.
   *
   * @return whether a number was being typed
   */
  public boolean cancelTyping() {
    boolean typing = !typed.get().isEmpty();
    typed.set("");
    return typing;
  }

  /** The link to put the reader on when the presentation ends (see {@link Walk#linkToLeaveOn}). */
  public Optional<String> linkToLeaveOn() {
    return walk.get().linkToLeaveOn();
  }

  public void bigger() {
    step.set(Math.min(MAX_STEP, step.get() + 1));
  }

  public void smaller() {
    step.set(Math.max(MIN_STEP, step.get() - 1));
  }

  private void move(Walk to) {
    typed.set("");
    walk.set(to);
  }

  private int number() {
    return walk.get().number();
  }

  public ReadOnlyObjectProperty<Walk> walkProperty() {
    return walk.getReadOnlyProperty();
  }

  /** The digits typed so far for a jump; empty when none. */
  public ReadOnlyStringProperty typedProperty() {
    return typed.getReadOnlyProperty();
  }

  /** "3 / 12", or "Go to 12…" while a number is typed. */
  public StringBinding positionProperty() {
    return position;
  }

  public ObjectProperty<Theme.Look> lookProperty() {
    return look;
  }

  /** The height of the screen shown on, in pixels; the type size follows it. */
  public DoubleProperty screenHeightProperty() {
    return screenHeight;
  }

  /** The base type size in pixels. */
  public DoubleBinding fontSizeProperty() {
    return fontSize;
  }
}
