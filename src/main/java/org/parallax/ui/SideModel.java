package org.parallax.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.parallax.ingest.RawText;
import org.parallax.model.Document;
import org.parallax.segment.TextCounts;

/**
 * One side of the reading view: the raw text as read, whether cleaning is on, and the document
 * shown. Counts arrive later, from a worker: they are null until then.
 */
public final class SideModel {
  private final ObjectProperty<RawText> raw = new SimpleObjectProperty<>(this, "raw");
  private final ReadOnlyBooleanWrapper cleaning =
      new ReadOnlyBooleanWrapper(this, "cleaning", true);
  private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "doc");
  private final ReadOnlyBooleanWrapper cleanable = new ReadOnlyBooleanWrapper(this, "cleanable");
  private final ReadOnlyObjectWrapper<TextCounts> counts =
      new ReadOnlyObjectWrapper<>(this, "counts");

  public ReadOnlyObjectProperty<RawText> rawProperty() {
    return raw;
  }

  public RawText raw() {
    return raw.get();
  }

  public ReadOnlyBooleanProperty cleaningProperty() {
    return cleaning.getReadOnlyProperty();
  }

  public boolean isCleaning() {
    return cleaning.get();
  }

  public ReadOnlyObjectProperty<Document> documentProperty() {
    return document.getReadOnlyProperty();
  }

  public Document document() {
    return document.get();
  }

  public boolean isEmpty() {
    return document.get() == null;
  }

  /** Word and sentence counts of the document shown; null while they are being counted. */
  public TextCounts counts() {
    return counts.get();
  }

  public ReadOnlyObjectProperty<TextCounts> countsProperty() {
    return counts.getReadOnlyProperty();
  }

  /** Sets the counts of {@code counted} if it is still the document shown. */
  void counted(Document counted, TextCounts result) {
    if (counted == document.get()) {
      counts.set(result);
    }
  }

  /** Shows {@code newDocument}, made from {@code newRaw} with cleaning as given. */
  void show(RawText newRaw, boolean cleaned, Document newDocument) {
    cleanable.set(newDocument != null);
    showing(newRaw, cleaned, newDocument);
  }

  private void showing(RawText newRaw, boolean cleaned, Document newDocument) {
    counts.set(newDocument == null ? new TextCounts(0, 0) : null);
    raw.set(newRaw);
    cleaning.set(cleaned);
    document.set(newDocument);
  }

  /**
   * Shows a document that comes already cleaned from a comparison file: its raw input is not known,
   * so cleaning cannot be switched.
   */
  void showSaved(RawText text, Document saved) {
    cleanable.set(false);
    showing(text, true, saved);
  }

  /** Whether cleaning can be switched off and on: only for text read in this session. */
  public ReadOnlyBooleanProperty cleanableProperty() {
    return cleanable.getReadOnlyProperty();
  }

  /** Shows {@code same}: the document shown, with other metadata (its text is unchanged). */
  void showDetails(Document same) {
    document.set(same);
  }

  /** Takes over everything {@code other} shows; used to swap sides. */
  void copyFrom(SideModel other) {
    cleanable.set(other.cleanable.get());
    counts.set(other.counts.get());
    raw.set(other.raw());
    cleaning.set(other.isCleaning());
    document.set(other.document());
  }
}
