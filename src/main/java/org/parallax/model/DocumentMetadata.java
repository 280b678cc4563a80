package org.parallax.model;

import java.util.List;

/**
 * What is known about a document besides its text. Every field may be empty; none is null.
 *
 * @param title the essay's title
 * @param authors author names in byline order
 * @param perspective a short label such as "Azerbaijani perspective"
 * @param publisher where it was first published
 * @param date publication date as written in ISO form (yyyy-MM-dd) when known
 * @param sourceUrl where it came from
 * @param authorNotes author biographies kept as metadata rather than body text
 */
public record DocumentMetadata(
    String title,
    List<String> authors,
    String perspective,
    String publisher,
    String date,
    String sourceUrl,
    List<String> authorNotes) {

  public static final DocumentMetadata EMPTY =
      new DocumentMetadata("", List.of(), "", "", "", "", List.of());

  public DocumentMetadata {
    title = nonNull(title);
    authors = authors == null ? List.of() : List.copyOf(authors);
    perspective = nonNull(perspective);
    publisher = nonNull(publisher);
    date = nonNull(date);
    sourceUrl = nonNull(sourceUrl);
    authorNotes = authorNotes == null ? List.of() : List.copyOf(authorNotes);
  }

  public DocumentMetadata withTitle(String newTitle) {
    return new DocumentMetadata(
        newTitle, authors, perspective, publisher, date, sourceUrl, authorNotes);
  }

  public DocumentMetadata withAuthors(List<String> newAuthors) {
    return new DocumentMetadata(
        title, newAuthors, perspective, publisher, date, sourceUrl, authorNotes);
  }

  public DocumentMetadata withPerspective(String newPerspective) {
    return new DocumentMetadata(
        title, authors, newPerspective, publisher, date, sourceUrl, authorNotes);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
