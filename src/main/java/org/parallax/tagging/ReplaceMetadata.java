package org.parallax.tagging;

import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Side;

/** Swaps one document's metadata (title, perspective, …); its text and everything on it stay. */
record ReplaceMetadata(Side side, DocumentMetadata before, DocumentMetadata after)
    implements Change {

  @Override
  public Comparison applyTo(Comparison c) {
    Document document = c.document(side);
    if (!document.metadata().equals(before)) {
      throw new IllegalStateException(
          "The comparison has changed since this edit was made; it cannot be applied.");
    }
    Document changed = document.withMetadata(after);
    return new Comparison(
        c.title(),
        c.annotator(),
        side == Side.A ? changed : c.a(),
        side == Side.B ? changed : c.b(),
        c.claims(),
        c.links(),
        c.terms(),
        c.codebook(),
        c.prompts(),
        c.created(),
        c.modified());
  }

  @Override
  public Change inverse() {
    return new ReplaceMetadata(side, after, before);
  }

  @Override
  public String description() {
    return "Change the essay's details";
  }
}
