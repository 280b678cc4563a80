package org.parallax.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Moves author biographies at the end of an essay ("Jane Doe is a research fellow at …") out of the
 * body into the metadata's author notes. A paragraph counts as a biography when it opens with the
 * name (or surname) of one of the authors followed by a verb such as "is"; when no authors are
 * known, a closing paragraph of the form "First Last is a/an/the …" counts when its first sentence
 * names a role ("economist", "lecturer", "fellow").
 */
final class AuthorBioStep implements CleaningStep {

  static final String REASON = "author biography (kept as author notes)";

  private static final String VERB = "(?:is|was|has|holds|works|teaches|writes|serves|leads)\\b";
  private static final Pattern ANY_BIO =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3},?\\s+is\\s+(?:an?|the)\\s");
  private static final int MAX_LENGTH = 800;

  /**
   * Without known authors, the first sentence must also name a role: "Unity Square is a name for
   * everyone." closes many an essay and is not a biography.
   */
  private static final Pattern ROLE =
      Pattern.compile(
          "\\b(?:\\p{L}+(?:ist|ian)|analyst|author|writer|lecturer|researcher|reporter|editor"
              + "|director|founder|co-founder|member|photographer|teacher|leader|officer|advis[eo]r"
              + "|producer|filmmaker|commentator|correspondent|contributor|coordinator|professor"
              + "|student|fellow|scholar|expert|specialist|candidate|graduate|chair|head|lawyer"
              + "|diplomat|consultant|poet|translator|PhD|doctorate|(?:[Ss]enior|[Jj]unior) \\p{L}+)s?\\b");

  @Override
  public void apply(Draft draft) {
    List<String> authors = draft.metadata().authors();
    List<String> notes = new ArrayList<>();
    while (draft.size() > 1 && isBio(draft.text(draft.size() - 1), authors)) {
      notes.add(LinkMarkup.strip(draft.text(draft.size() - 1)));
      draft.remove(draft.size() - 1, REASON);
    }
    Collections.reverse(notes);
    notes.forEach(draft.metadata()::addAuthorNote);
  }

  static boolean isBio(String text, List<String> authors) {
    String plain = LinkMarkup.strip(text);
    if (plain.length() > MAX_LENGTH) {
      return false;
    }
    if (authors.isEmpty()) {
      return ANY_BIO.matcher(plain).find() && ROLE.matcher(firstSentence(plain)).find();
    }
    for (String author : authors) {
      String name = Pattern.quote(author.strip());
      String surname = Pattern.quote(AuthorNames.surname(author));
      if (Pattern.compile("^(?:" + name + "|" + surname + "),?\\s+" + VERB).matcher(plain).find()) {
        return true;
      }
    }
    return false;
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end);
  }
}
