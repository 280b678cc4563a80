package org.parallax.ingest;

import java.util.regex.Matcher;

/**
 * Reduces {@code [link text](address)} markup to the link text and drops inline images. The text
 * stays; the addresses are recorded once as a single removal.
 */
final class LinkMarkupStep implements CleaningStep {

  static final String REASON_PREFIX = "link markup";

  @Override
  public void apply(Draft draft) {
    int links = 0;
    int firstOrigin = -1;
    String example = null;
    for (int i = 0; i < draft.size(); i++) {
      String text = draft.text(i);
      int images = (int) LinkMarkup.IMAGE.matcher(text).results().count();
      String noImages = LinkMarkup.IMAGE.matcher(text).replaceAll("");
      int here = images + (int) LinkMarkup.LINK.matcher(noImages).results().count();
      if (here == 0) {
        continue;
      }
      if (example == null) {
        Matcher first = LinkMarkup.LINK.matcher(noImages);
        example = first.find() ? first.group() : "inline image";
        firstOrigin = draft.get(i).origin();
      }
      links += here;
      draft.setText(i, LinkMarkup.strip(text));
    }
    if (links > 0) {
      String reason =
          REASON_PREFIX
              + " ("
              + links
              + (links == 1 ? " link" : " links")
              + " reduced to their text, addresses dropped)";
      draft.record(firstOrigin, example, reason);
    }
  }
}
