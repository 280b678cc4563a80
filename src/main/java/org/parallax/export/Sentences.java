package org.parallax.export;

/** Short sentences the laid-out formats share, so they say the same thing. */
final class Sentences {
  private Sentences() {}

  /** What the aligned table holds and in which order. */
  static String rowsIntro(Handout h) {
    int n = h.rows().size();
    return (n == 1 ? "One link" : n + " links")
        + " in the reading order of "
        + h.options().order()
        + (h.options().includeSuggestions()
            ? "; suggested links not yet confirmed are included and marked."
            : "; only links the annotator confirmed.");
  }

  /** Which claims the "Only in" lists hold. */
  static String onlyInIntro(Handout h) {
    return h.options().includeSuggestions()
        ? "Claims no link in the table covers, confirmed or suggested: what one side says and the"
            + " other leaves out."
        : "Claims no confirmed link covers: what one side says and the other leaves out.";
  }
}
