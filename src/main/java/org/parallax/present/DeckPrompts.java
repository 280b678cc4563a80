package org.parallax.present;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Prompt;

/**
 * Hands each slide the discussion prompts about what it shows, in the teacher's order, each prompt
 * once: on the first slide about any of its links, term tags or claims. The prompts about nothing
 * shown (the whole comparison, or a link the filter hides) go to the closing slide.
 */
final class DeckPrompts {
  private final List<Prompt> prompts;
  private final Set<String> used = new HashSet<>();

  DeckPrompts(List<Prompt> prompts) {
    this.prompts = List.copyOf(prompts);
  }

  /** The words of the prompts not yet shown that are about any of {@code ids}. */
  List<String> about(Collection<String> ids) {
    List<String> words = new ArrayList<>();
    for (Prompt p : prompts) {
      if (!used.contains(p.id()) && !p.text().isBlank() && !Collections.disjoint(p.about(), ids)) {
        used.add(p.id());
        words.add(p.text());
      }
    }
    return words;
  }

  /** The words of every prompt no slide has shown yet. */
  List<String> rest() {
    List<String> words = new ArrayList<>();
    for (Prompt p : prompts) {
      if (used.add(p.id()) && !p.text().isBlank()) {
        words.add(p.text());
      }
    }
    return words;
  }
}
