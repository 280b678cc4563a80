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
 * shown. The document and its counts change together, so listeners never see a mismatch.
 */
public final class SideModel {
  private final ObjectProperty<RawText> raw = new SimpleObjectProperty<>(this, "raw");
  private final ReadOnlyBooleanWrapper cleaning =
      new ReadOnlyBooleanWrapper(this, "cleaning", true);
  private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "doc");
  private final ReadOnlyBooleanWrapper cleanable = new ReadOnlyBooleanWrapper(this, "cleanable");
  private TextCounts counts = new TextCounts(0, 0);

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

  public TextCounts counts() {
    return counts;
  }

  /** Shows {@code newDocument}, made from {@code newRaw} with cleaning as given. */
  void show(RawText newRaw, boolean cleaned, Document newDocument) {
    cleanable.set(newDocument != null);
    showing(newRaw, cleaned, newDocument);
  }

  private void showing(RawText newRaw, boolean cleaned, Document newDocument) {
    counts = newDocument == null ? new TextCounts(0, 0) : TextCounts.of(newDocument);
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
    counts = other.counts;
    raw.set(other.raw());
    cleaning.set(other.isCleaning());
    document.set(other.document());
  }
}
