package org.parallax.present;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.Side;
import org.parallax.model.TagTarget;
import org.parallax.tagging.LinkFilter;
import org.parallax.tagging.Navigation;

/** The link slides of a deck: each link the filter keeps, with its claims in context. */
final class LinkSlides {
  private final Comparison c;
  private final Map<String, Integer> places = new HashMap<>();

  private LinkSlides(Comparison c) {
    this.c = c;
    for (Side side : Side.values()) {
      List<Claim> claims = c.claims(side);
      for (int i = 0; i < claims.size(); i++) {
        places.putIfAbsent(claims.get(i).id(), i);
      }
    }
  }

  static List<LinkSlide> of(Comparison c, Side order, LinkFilter filter, DeckPrompts prompts) {
    LinkSlides maker = new LinkSlides(c);
    List<LinkSlide> slides = new ArrayList<>();
    for (Link link : Navigation.inReadingOrder(c, order)) {
      if (filter.test(c, link)) {
        slides.add(maker.slide(link, prompts.about(List.of(link.id()))));
      }
    }
    return slides;
  }

  private LinkSlide slide(Link link, List<String> prompts) {
    return new LinkSlide(
        link.id(),
        inContext(link, Side.A),
        inContext(link, Side.B),
        link.relation().isEmpty()
            ? Optional.empty()
            : Optional.of(Kinds.of(c, TagTarget.LINK, link.relation())),
        link.note().strip(),
        prompts);
  }

  private InContext inContext(Link link, Side side) {
    List<Claim> all = c.claims(side);
    List<Integer> at =
        link.claims(side).stream()
            .map(places::get)
            .filter(i -> i != null && all.get(i).side() == side)
            .sorted()
            .distinct()
            .toList();
    if (at.isEmpty()) {
      return new InContext("", "", "");
    }
    StringBuilder text = new StringBuilder();
    int runStart = at.get(0);
    for (int k = 0; k < at.size(); k++) {
      boolean runEnds = k == at.size() - 1 || at.get(k + 1) != at.get(k) + 1;
      if (runEnds) {
        if (text.length() > 0) {
          text.append(" \u2026 ");
        }
        text.append(span(side, all.get(runStart), all.get(at.get(k))));
        if (k < at.size() - 1) {
          runStart = at.get(k + 1);
        }
      }
    }
    int first = at.get(0);
    int last = at.get(at.size() - 1);
    String before = first > 0 ? span(side, all.get(first - 1), all.get(first - 1)) : "";
    String after = last < all.size() - 1 ? span(side, all.get(last + 1), all.get(last + 1)) : "";
    return new InContext(before, text.toString(), after);
  }

  /** The text from {@code from}'s start to {@code to}'s end, its white space made single spaces. */
  private String span(Side side, Claim from, Claim to) {
    return c.document(side).slice(from.start(), to.end()).strip().replaceAll("\\s+", " ");
  }
}
