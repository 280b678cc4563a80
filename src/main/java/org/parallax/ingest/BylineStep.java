package org.parallax.ingest;

import java.util.Optional;

/**
 * Removes the byline near the top ("By Jane Doe", "Author: Jane Doe", "Jane Doe | 2 October 2023",
 * see {@link Byline}) and keeps its authors and publication date as metadata when the hints have
 * none. A byline on a line of the title's paragraph has been made a paragraph of its own by {@link
 * TextNormalizer#paragraphs}.
 */
final class BylineStep implements CleaningStep {

  private static final int TOP = 5;

  @Override
  public void apply(Draft draft) {
    for (int i = 0; i < Math.min(TOP, draft.size()); i++) {
      String text = draft.text(i);
      Optional<Byline> byline = Byline.read(text);
      if (draft.get(i).isSingleLine() && byline.isPresent()) {
        keep(draft, byline.get());
        draft.remove(i, byline.get().reason());
        return;
      }
    }
  }

  private static void keep(Draft draft, Byline byline) {
    draft.metadata().offerAuthors(byline.authors());
    draft.metadata().offerDate(byline.date());
  }
}
