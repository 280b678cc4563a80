package org.parallax.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.RemovedPassage;

/**
 * The working state of one cleaning run: the paragraphs still in the body, what has been removed
 * and why, and the metadata gathered so far. Cleaning steps edit it in turn.
 */
final class Draft {

  private record Removal(int origin, RemovedPassage passage) {}

  private final List<Paragraph> paragraphs;
  private final List<Removal> removals = new ArrayList<>();
  private final MetadataBuilder metadata;

  Draft(List<Paragraph> paragraphs, DocumentMetadata hints) {
    this.paragraphs = new ArrayList<>(paragraphs);
    this.metadata = new MetadataBuilder(hints);
  }

  int size() {
    return paragraphs.size();
  }

  Paragraph get(int index) {
    return paragraphs.get(index);
  }

  String text(int index) {
    return paragraphs.get(index).text();
  }

  /** The paragraphs currently in the body, in order. */
  List<Paragraph> paragraphs() {
    return List.copyOf(paragraphs);
  }

  MetadataBuilder metadata() {
    return metadata;
  }

  /** Takes paragraph {@code index} out of the body, recording it with {@code reason}. */
  void remove(int index, String reason) {
    Paragraph gone = paragraphs.remove(index);
    record(gone.origin(), gone.text(), reason);
  }

  /** Records a removal of something smaller than a paragraph. */
  void record(int origin, String text, String reason) {
    removals.add(new Removal(origin, new RemovedPassage(text, reason)));
  }

  void setText(int index, String text) {
    paragraphs.set(index, paragraphs.get(index).withText(text));
  }

  /** Joins paragraph {@code index} and the one after it with a single space. */
  void joinWithNext(int index) {
    Paragraph next = paragraphs.remove(index + 1);
    setText(index, text(index) + " " + next.text());
  }

  /** What was removed, in the order it appeared in the raw text. */
  List<RemovedPassage> removed() {
    return removals.stream()
        .sorted(Comparator.comparingInt(Removal::origin))
        .map(Removal::passage)
        .toList();
  }
}
