package org.parallax.ui.support;

import java.util.function.Supplier;

/** A value made on first use, once, by whichever thread asks first. */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> maker;
  private volatile T value;

  private Lazy(Supplier<T> maker) {
    this.maker = maker;
  }

  public static <T> Lazy<T> of(Supplier<T> maker) {
    return maker instanceof Lazy<T> lazy ? lazy : new Lazy<>(maker);
  }

  @Override
  public T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = maker.get();
          value = made;
        }
      }
    }
    return made;
  }
}
