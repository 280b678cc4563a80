package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.DocumentMetadata;

/**
 * Collects metadata while a source is read or cleaned. Values already present (from hints) win: the
 * {@code offer} methods only fill fields that are still empty.
 */
final class MetadataBuilder {

  private String title;
  private List<String> authors;
  private final String perspective;
  private String publisher;
  private String date;
  private String sourceUrl;
  private final List<String> authorNotes;

  MetadataBuilder(DocumentMetadata start) {
    title = start.title();
    authors = start.authors();
    perspective = start.perspective();
    publisher = start.publisher();
    date = start.date();
    sourceUrl = start.sourceUrl();
    authorNotes = new ArrayList<>(start.authorNotes());
  }

  String title() {
    return title;
  }

  List<String> authors() {
    return authors;
  }

  String sourceUrl() {
    return sourceUrl;
  }

  void offerTitle(String value) {
    if (title.isBlank() && value != null) {
      title = value.strip();
    }
  }

  void offerAuthors(List<String> value) {
    if (authors.isEmpty() && value != null) {
      authors = List.copyOf(value);
    }
  }

  void offerPublisher(String value) {
    if (publisher.isBlank() && value != null) {
      publisher = value.strip();
    }
  }

  void offerDate(String value) {
    if (date.isBlank() && value != null) {
      date = value.strip();
    }
  }

  void offerSourceUrl(String value) {
    if (sourceUrl.isBlank() && value != null) {
      sourceUrl = value.strip();
    }
  }

  void addAuthorNote(String note) {
    authorNotes.add(note);
  }

  DocumentMetadata build() {
    return new DocumentMetadata(
        title, authors, perspective, publisher, date, sourceUrl, authorNotes);
  }
}
