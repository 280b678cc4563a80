package org.parallax.ui.support;

import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;

/**
 * Brings an observable list to new contents by replacing only the stretch that differs. A list view
 * over a few thousand items redoes its cells on {@code setAll}, however little changed; one tagged
 * word should cost one inserted row.
 */
public final class ListUpdate {
  private ListUpdate() {}

  /**
   * Makes {@code shown} equal to {@code wanted}, touching only what lies between their common ends.
   */
  public static <T> void replaceChanged(ObservableList<T> shown, List<? extends T> wanted) {
    int size = shown.size();
    int prefix = 0;
    int limit = Math.min(size, wanted.size());
    while (prefix < limit && Objects.equals(shown.get(prefix), wanted.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < limit - prefix
        && Objects.equals(shown.get(size - 1 - suffix), wanted.get(wanted.size() - 1 - suffix))) {
      suffix++;
    }
    if (prefix == size && size == wanted.size()) {
      return;
    }
    List<? extends T> middle = wanted.subList(prefix, wanted.size() - suffix);
    if (prefix + suffix == size) {
      shown.addAll(prefix, middle);
    } else if (middle.isEmpty()) {
      shown.remove(prefix, size - suffix);
    } else {
      shown.subList(prefix, size - suffix).clear();
      shown.addAll(prefix, middle);
    }
  }
}
