package org.parallax.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Two documents and everything a reader has found between them. Complete on its own: it embeds both
 * texts.
 *
 * @param title a name for the comparison
 * @param annotator the reader who made it
 * @param a the left document
 * @param b the right document
 * @param claims claims of both sides, A first, each side in text order
 * @param links suggested, confirmed and rejected links
 * @param terms framing-term tags
 * @param codebook the tag kinds in use
 * @param prompts the questions for a class discussion, in the teacher's order
 * @param created when the comparison was first made
 * @param modified when it last changed
 */
public record Comparison(
    String title,
    String annotator,
    Document a,
    Document b,
    List<Claim> claims,
    List<Link> links,
    List<TermTag> terms,
    Codebook codebook,
    List<Prompt> prompts,
    Instant created,
    Instant modified) {

  public Comparison {
    title = title == null ? "" : title;
    annotator = annotator == null ? "" : annotator;
    if (a == null || b == null) {
      throw new IllegalArgumentException("a comparison needs two documents");
    }
    claims = claims == null ? List.of() : List.copyOf(claims);
    links = links == null ? List.of() : List.copyOf(links);
    terms = terms == null ? List.of() : List.copyOf(terms);
    codebook = codebook == null ? Codebook.defaults() : codebook;
    prompts = prompts == null ? List.of() : List.copyOf(prompts);
    created = created == null ? Instant.EPOCH : created;
    modified = modified == null ? created : modified;
  }

  /** A new comparison without discussion prompts. */
  public Comparison(
      String title,
      String annotator,
      Document a,
      Document b,
      List<Claim> claims,
      List<Link> links,
      List<TermTag> terms,
      Codebook codebook,
      Instant created,
      Instant modified) {
    this(title, annotator, a, b, claims, links, terms, codebook, List.of(), created, modified);
  }

  /** The same comparison, last changed at {@code time}; its lists are shared, not copied. */
  public Comparison withModified(Instant time) {
    return new Comparison(
        title, annotator, a, b, claims, links, terms, codebook, prompts, created, time);
  }

  /** The same comparison with {@code newPrompts}; nothing else changes. */
  public Comparison withPrompts(List<Prompt> newPrompts) {
    return new Comparison(
        title, annotator, a, b, claims, links, terms, codebook, newPrompts, created, modified);
  }

  /**
   * Whether the comparison holds anything the reader did: a link confirmed, rejected, related or
   * noted, or a term accepted.
   */
  public boolean holdsReadersWork() {
    return links.stream().anyMatch(Link::touchedByReader)
        || terms.stream().anyMatch(t -> t.status() != LinkStatus.SUGGESTED);
  }

  public Document document(Side side) {
    return side == Side.A ? a : b;
  }

  /** The claims of {@code side} in text order. */
  public List<Claim> claims(Side side) {
    return ClaimTable.of(claims).side(side);
  }

  /** The first claim with {@code id}. */
  public Optional<Claim> claim(String id) {
    return Optional.ofNullable(ClaimTable.of(claims).byId(id));
  }
}
