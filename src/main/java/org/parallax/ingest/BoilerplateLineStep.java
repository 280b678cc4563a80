package org.parallax.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes short paragraphs that are page furniture rather than essay: subscription notices, sharing
 * and "read more" prompts, cookie notices, advertisement labels and a lone "P.S." marker. Each kind
 * is a named pattern with the reason shown to the reader.
 */
final class BoilerplateLineStep implements CleaningStep {

  /** One kind of boilerplate line. */
  record Kind(String reason, Pattern pattern, int maxLength) {}

  static final Kind SUBSCRIPTION =
      new Kind(
          "subscription notice",
          Pattern.compile(
              "(?i)\\bnewsletters?\\b|\\bmailing list\\b|\\bsign up (?:for|to)\\b"
                  + "|^subscribe\\b|\\bsubscribe (?:now|here|today)\\b"
                  + "|\\bsubscribe to (?:our|the) (?:newsletter|mailing|updates|channel|feed|podcast)"
                  + "|click here\\W{0,20}to subscribe"),
          300);
  static final Kind SHARING =
      new Kind(
          "sharing or “read more” prompt",
          Pattern.compile(
              "(?i)^(?:share(?: this(?: article| page| story| post)?)?(?: on \\w+)?|tweet(?: this)?"
                  + "|print(?: this(?: article| page)?)?|e-?mail this(?: article| page)?"
                  + "|follow us(?: on| at)?\\b.*"
                  + "|(?:read more|read also|see also|continue reading|more on this)"
                  + "(?:\\s*[:»›>|–—-].*)?"
                  + "|related (?:articles|posts|stories|reading))\\W*$"),
          200);
  static final Kind COOKIES =
      new Kind(
          "cookie notice",
          Pattern.compile(
              "(?i)^(?=.*\\bcookies?\\b)(?=.*\\b(?:accept|consent|we use|uses|privacy"
                  + " policy|browsing experience)\\b).*"),
          400);
  static final Kind ADVERTISEMENT =
      new Kind(
          "advertisement label",
          Pattern.compile("(?i)^(?:advertisement|sponsored(?: content)?|ad)\\W*$"),
          40);
  static final Kind POSTSCRIPT =
      new Kind("empty “P.S.” marker", Pattern.compile("(?i)^p\\.?\\s?s\\.?:?$"), 10);

  static final Kind PAGE_NUMBER =
      new Kind(
          "page number",
          Pattern.compile(
              "(?i)^(?:page\\s+\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|\\d{1,4}\\s*(?:of|/)\\s*\\d{1,4}"
                  + "|[-–—]\\s*\\d{1,4}\\s*[-–—])$"),
          20);

  private static final List<Kind> KINDS =
      List.of(SUBSCRIPTION, SHARING, COOKIES, ADVERTISEMENT, POSTSCRIPT, PAGE_NUMBER);

  @Override
  public void apply(Draft draft) {
    for (int i = draft.size() - 1; i >= 0; i--) {
      String text = draft.text(i);
      for (Kind kind : KINDS) {
        if (text.length() <= kind.maxLength() && kind.pattern().matcher(text).find()) {
          draft.remove(i, kind.reason());
          break;
        }
      }
    }
  }
}
