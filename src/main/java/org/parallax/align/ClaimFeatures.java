package org.parallax.align;

import java.util.List;
import java.util.Map;

/**
 * What the signals compare in one claim, computed once per claim.
 *
 * @param text the claim's text
 * @param terms stemmed content words without stop words, in text order; names from the equivalence
 *     lexicon appear as one term per referent ({@code "≡3"})
 * @param surfaces for each term, the words of the text it came from (first occurrence)
 * @param names proper names, keyed by lower-case word or by lexicon referent, with their surface; a
 *     capitalised first word of a claim is keyed with the {@link #OPENER} prefix, as it may be an
 *     ordinary word (see {@link Corpus#nameKey})
 * @param dates day-and-month dates keyed as {@code "19 September"}, with their surface
 * @param numbers numbers keyed without thousands separators, with their surface
 */
record ClaimFeatures(
    String text,
    List<String> terms,
    Map<String, String> surfaces,
    Map<String, String> names,
    Map<String, String> dates,
    Map<String, String> numbers) {

  /** Prefix of a term or name key that stands for a lexicon referent. */
  static final String REFERENT = "≡";

  /** Prefix of a name key for a capitalised word that opens the claim. */
  static final String OPENER = "^";

  static String referentKey(int referent) {
    return REFERENT + referent;
  }

  static boolean isReferent(String key) {
    return key.startsWith(REFERENT);
  }
}
