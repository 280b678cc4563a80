package org.parallax.tagging;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.Prompt;
import org.parallax.model.TagKind;
import org.parallax.model.TermTag;

/**
 * One of the lists of a comparison that edits change: claims, links, terms, codebook kinds or
 * discussion prompts.
 */
final class Part<T> {
  static final Part<Claim> CLAIMS =
      new Part<>(
          "claim",
          Comparison::claims,
          (c, claims) ->
              new Comparison(
                  c.title(),
                  c.annotator(),
                  c.a(),
                  c.b(),
                  claims,
                  c.links(),
                  c.terms(),
                  c.codebook(),
                  c.prompts(),
                  c.created(),
                  c.modified()));
  static final Part<Link> LINKS =
      new Part<>(
          "link",
          Comparison::links,
          (c, links) ->
              new Comparison(
                  c.title(),
                  c.annotator(),
                  c.a(),
                  c.b(),
                  c.claims(),
                  links,
                  c.terms(),
                  c.codebook(),
                  c.prompts(),
                  c.created(),
                  c.modified()));
  static final Part<TermTag> TERMS =
      new Part<>(
          "term tag",
          Comparison::terms,
          (c, terms) ->
              new Comparison(
                  c.title(),
                  c.annotator(),
                  c.a(),
                  c.b(),
                  c.claims(),
                  c.links(),
                  terms,
                  c.codebook(),
                  c.prompts(),
                  c.created(),
                  c.modified()));
  static final Part<TagKind> KINDS =
      new Part<>(
          "codebook entry",
          c -> c.codebook().kinds(),
          (c, kinds) ->
              new Comparison(
                  c.title(),
                  c.annotator(),
                  c.a(),
                  c.b(),
                  c.claims(),
                  c.links(),
                  c.terms(),
                  new Codebook(kinds),
                  c.prompts(),
                  c.created(),
                  c.modified()));

  static final Part<Prompt> PROMPTS =
      new Part<>("discussion prompt", Comparison::prompts, Comparison::withPrompts);

  private final String noun;
  private final Function<Comparison, List<T>> getter;
  private final BiFunction<Comparison, List<T>, Comparison> setter;

  private Part(
      String noun,
      Function<Comparison, List<T>> getter,
      BiFunction<Comparison, List<T>, Comparison> setter) {
    this.noun = noun;
    this.getter = getter;
    this.setter = setter;
  }

  List<T> of(Comparison c) {
    return getter.apply(c);
  }

  Comparison with(Comparison c, List<T> items) {
    return setter.apply(c, items);
  }

  /** Fails unless {@code items} holds {@code expected} at {@code index}. */
  void expect(List<T> items, int index, T expected) {
    if (index < 0 || index >= items.size() || !items.get(index).equals(expected)) {
      throw new IllegalStateException(
          "The comparison has changed since this edit was made: the " + noun + " is not there.");
    }
  }

  @Override
  public String toString() {
    return noun;
  }
}
