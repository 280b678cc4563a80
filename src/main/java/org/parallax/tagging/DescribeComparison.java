package org.parallax.tagging;

import org.parallax.model.Comparison;

/** Renames a comparison and sets who made it; its essays and everything on them stay. */
record DescribeComparison(
    String titleBefore, String annotatorBefore, String titleAfter, String annotatorAfter)
    implements Change {

  @Override
  public Comparison applyTo(Comparison c) {
    if (!c.title().equals(titleBefore) || !c.annotator().equals(annotatorBefore)) {
      throw new IllegalStateException(
          "The comparison has changed since this edit was made; it cannot be applied.");
    }
    return new Comparison(
        titleAfter,
        annotatorAfter,
        c.a(),
        c.b(),
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
    return new DescribeComparison(titleAfter, annotatorAfter, titleBefore, annotatorBefore);
  }

  @Override
  public String description() {
    return "Change the comparison's details";
  }
}
