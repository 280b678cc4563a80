package org.parallax.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes paragraphs that are nothing but a web address ({@code <https://…>} or a bare URL). The
 * first such address becomes the document's source URL if none is known yet.
 */
final class SourceUrlStep implements CleaningStep {

  static final String SOURCE_REASON = "source address (kept as the source URL)";
  static final String BARE_REASON = "bare web address";

  private static final Pattern URL_LINE =
      Pattern.compile(
          "^(?:(?:source|url|link|original)\\s*:\\s*)?<?(https?://\\S+?)>?[.]?$",
          Pattern.CASE_INSENSITIVE);

  @Override
  public void apply(Draft draft) {
    for (int i = 0; i < draft.size(); i++) {
      Matcher m = URL_LINE.matcher(draft.text(i));
      if (m.matches()) {
        String url = m.group(1);
        draft.metadata().offerSourceUrl(url);
        boolean isSource = draft.metadata().sourceUrl().equals(url);
        draft.remove(i, isSource ? SOURCE_REASON : BARE_REASON);
        i--;
      }
    }
  }
}
