package org.parallax.present;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.tagging.Blindspots;

/**
 * The claims one essay makes alone, split into slides a class can read: at most {@link #MAX_CLAIMS}
 * claims and about {@link #MAX_CHARACTERS} characters a slide (a single longer claim gets a slide
 * of its own).
 */
final class BlindspotSlides {
  static final int MAX_CLAIMS = 6;
  static final int MAX_CHARACTERS = 900;

  private BlindspotSlides() {}

  static List<BlindspotSlide> of(Comparison c, Side side, DeckPrompts prompts) {
    List<List<String>> groups = new ArrayList<>();
    List<String> group = new ArrayList<>();
    int characters = 0;
    List<Claim> unmatched = Blindspots.unmatched(c, side);
    for (Claim claim : unmatched) {
      String text = claim.textIn(c.document(side)).strip().replaceAll("\\s+", " ");
      boolean full = group.size() == MAX_CLAIMS || characters + text.length() > MAX_CHARACTERS;
      if (!group.isEmpty() && full) {
        groups.add(group);
        group = new ArrayList<>();
        characters = 0;
      }
      group.add(text);
      characters += text.length();
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    List<BlindspotSlide> slides = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      slides.add(
          new BlindspotSlide(
              side,
              groups.get(i),
              i + 1,
              groups.size(),
              unmatched.size(),
              i == 0 ? prompts.about(unmatched.stream().map(Claim::id).toList()) : List.of()));
    }
    return slides;
  }

  /** How many claims the slides of one side list in all. */
  static int total(List<BlindspotSlide> slides) {
    return slides.isEmpty() ? 0 : slides.get(0).total();
  }
}
