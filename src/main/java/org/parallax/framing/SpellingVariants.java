package org.parallax.framing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.align.SpellingKey;

/**
 * Spellings of one name that {@link SpellingKey} alone does not bring together because English
 * renders the Azerbaijani ə as a or as e: "Xankəndi" keys as "khankandi", the lexicon also lists
 * "Khankendi". For every one-word name with an ə, both renderings that the lexicon lists for the
 * same referent fold to the first of them. Other names of a referent ("Stepanakert") are other
 * words, not spellings, and stay apart: which name an essay chooses is framing.
 */
final class SpellingVariants {
  private final Map<String, String> canonical;

  private SpellingVariants(Map<String, String> canonical) {
    this.canonical = canonical;
  }

  static SpellingVariants of(EquivalenceLexicon lexicon) {
    Map<String, String> canonical = new HashMap<>();
    for (int r = 0; r < lexicon.size(); r++) {
      List<String> names =
          lexicon.names(r).stream()
              .map(n -> n.toLowerCase(Locale.ROOT))
              .filter(n -> n.chars().allMatch(Character::isLetter))
              .toList();
      List<String> keys = names.stream().map(SpellingKey::of).toList();
      for (String name : names) {
        if (name.indexOf('ə') < 0) {
          continue;
        }
        String asA = SpellingKey.of(name);
        String asE = SpellingKey.of(name.replace('ə', 'e'));
        if (keys.contains(asE) && !asE.equals(asA)) {
          canonical.put(asE, asA);
        }
      }
    }
    return new SpellingVariants(canonical);
  }

  /** The key that {@code key} folds to (itself unless it is a listed variant). */
  String canonical(String key) {
    return canonical.getOrDefault(key, key);
  }
}
