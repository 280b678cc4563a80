package org.parallax.ui.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Flattens overlapping styled ranges into consecutive runs, each with every class that covers it,
 * in one sweep over the range boundaries.
 */
final class StyleRuns {
  private StyleRuns() {}

  /** Runs covering {@code [0, length)}; characters no range covers get no class. */
  static StyleSpans<Collection<String>> of(int length, List<StyledRange> ranges) {
    List<StyledRange> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(StyledRange::start));
    TreeMap<Integer, List<StyledRange>> endings = new TreeMap<>();
    List<StyledRange> active = new ArrayList<>();
    StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
    int position = 0;
    int next = 0;
    boolean any = false;
    while (position < length) {
      while (next < sorted.size() && sorted.get(next).start() <= position) {
        StyledRange range = sorted.get(next++);
        if (range.end() > position) {
          active.add(range);
          endings.computeIfAbsent(range.end(), k -> new ArrayList<>()).add(range);
        }
      }
      int boundary = length;
      if (next < sorted.size()) {
        boundary = Math.min(boundary, sorted.get(next).start());
      }
      if (!endings.isEmpty()) {
        boundary = Math.min(boundary, endings.firstKey());
      }
      spans.add(classesOf(active), boundary - position);
      any = true;
      position = boundary;
      while (!endings.isEmpty() && endings.firstKey() <= position) {
        active.removeAll(endings.pollFirstEntry().getValue());
      }
    }
    if (!any) {
      spans.add(List.of(), 0);
    }
    return spans.create();
  }

  private static Collection<String> classesOf(List<StyledRange> active) {
    return active.stream().map(StyledRange::styleClass).distinct().toList();
  }
}
