package org.parallax.align;

/**
 * Two framing terms the reader paired across the essays, as plain words: {@code a} as essay A words
 * it, {@code b} as essay B does ("Khankendi" / "Stepanakert"). The window hands them to {@link
 * Aligner#suggestRelations}, so a link whose claims carry both terms is suggested as a reframe.
 */
public record PairedTerm(String a, String b) {
  public PairedTerm {
    a = a == null ? "" : a.strip();
    b = b == null ? "" : b.strip();
  }
}
