package org.parallax.tagging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

/** Edits of the codebook: add, rename, recolour, describe and delete tag kinds. */
final class KindEdits {
  /** The frame new terms get when none is chosen; it cannot be deleted. */
  static final String DEFAULT_FRAME = "other";

  private static final Pattern COLOUR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

  private final EditContext context;

  KindEdits(EditContext context) {
    this.context = context;
  }

  /** An unused id for a new kind called {@code label}: its words in lower case joined by "_". */
  static String idFor(Comparison c, TagTarget target, String label) {
    String base =
        Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", "_")
            .replaceAll("^_+|_+$", "");
    if (base.isEmpty()) {
      base = "kind";
    }
    String id = base;
    for (int n = 2; c.codebook().find(target, id).isPresent(); n++) {
      id = base + "_" + n;
    }
    return id;
  }

  Change add(Comparison c, TagKind kind) {
    if (c.codebook().find(kind.target(), kind.id()).isPresent()) {
      throw new IllegalArgumentException(
          "The codebook already has a " + Lookup.noun(kind.target()) + " \"" + kind.id() + "\".");
    }
    if (kind.label().isBlank()) {
      throw new IllegalArgumentException("A new tag kind needs a name.");
    }
    colour(kind.colour());
    List<TagKind> kinds = c.codebook().kinds();
    return new Steps(
        "Add " + Lookup.noun(kind.target()) + " " + kind.label(),
        List.of(new Insert<>(Part.KINDS, kinds.size(), kind)));
  }

  Change rename(Comparison c, TagTarget target, String id, String label) {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("A tag kind needs a name.");
    }
    TagKind old = kind(c, target, id);
    return replace(
        c,
        old,
        new TagKind(id, target, label.strip(), old.colour(), old.description()),
        "Rename " + Lookup.noun(target) + " " + old.label());
  }

  Change recolour(Comparison c, TagTarget target, String id, String colour) {
    TagKind old = kind(c, target, id);
    return replace(
        c,
        old,
        new TagKind(id, target, old.label(), colour(colour), old.description()),
        "Recolour " + Lookup.noun(target) + " " + old.label());
  }

  Change describe(Comparison c, TagTarget target, String id, String description) {
    TagKind old = kind(c, target, id);
    return replace(
        c,
        old,
        new TagKind(id, target, old.label(), old.colour(), description),
        "Describe " + Lookup.noun(target) + " " + old.label());
  }

  Change delete(Comparison c, TagTarget target, String id, Optional<String> reassignTo) {
    TagKind old = kind(c, target, id);
    if (target == TagTarget.TERM && id.equals(DEFAULT_FRAME)) {
      throw new IllegalArgumentException(
          "The frame \"" + old.label() + "\" is the default for new terms and cannot be deleted.");
    }
    String replacement = reassignTo.orElse("");
    if (!replacement.isEmpty()) {
      if (replacement.equals(id)) {
        throw new IllegalArgumentException("Choose another kind to move the tags to.");
      }
      Lookup.kind(c, target, replacement);
    }
    List<Change> steps = new ArrayList<>();
    if (target == TagTarget.LINK) {
      relinkUses(c, id, replacement, steps);
    } else if (replacement.isEmpty()) {
      removeUses(c, id, steps);
    } else {
      retagUses(c, id, replacement, steps);
    }
    steps.add(new Remove<>(Part.KINDS, c.codebook().kinds().indexOf(old), old));
    return new Steps("Delete " + Lookup.noun(target) + " " + old.label(), steps);
  }

  /** How many links (for a relation) or term tags (for a frame) use kind {@code id}. */
  static int uses(Comparison c, TagTarget target, String id) {
    if (target == TagTarget.LINK) {
      return (int) c.links().stream().filter(l -> l.relation().equals(id)).count();
    }
    return (int) c.terms().stream().filter(t -> t.frame().equals(id)).count();
  }

  private void relinkUses(Comparison c, String id, String replacement, List<Change> steps) {
    for (int i = 0; i < c.links().size(); i++) {
      Link link = c.links().get(i);
      if (link.relation().equals(id)) {
        steps.add(
            new Replace<>(
                Part.LINKS,
                i,
                link,
                context.signed(link, link.status(), replacement, link.note())));
      }
    }
  }

  private void retagUses(Comparison c, String id, String replacement, List<Change> steps) {
    for (int i = 0; i < c.terms().size(); i++) {
      TermTag t = c.terms().get(i);
      if (t.frame().equals(id)) {
        steps.add(
            new Replace<>(
                Part.TERMS,
                i,
                t,
                context.signed(t, replacement, t.note(), t.pairedWith(), t.status())));
      }
    }
  }

  /** Removes the tags using {@code id}, first unpairing the partners that stay. */
  private void removeUses(Comparison c, String id, List<Change> steps) {
    Set<String> removed = new HashSet<>();
    c.terms().stream().filter(t -> t.frame().equals(id)).forEach(t -> removed.add(t.id()));
    for (int i = 0; i < c.terms().size(); i++) {
      TermTag t = c.terms().get(i);
      if (!removed.contains(t.id()) && removed.contains(t.pairedWith())) {
        steps.add(
            new Replace<>(
                Part.TERMS, i, t, context.signed(t, t.frame(), t.note(), "", t.status())));
      }
    }
    for (int i = c.terms().size() - 1; i >= 0; i--) {
      if (removed.contains(c.terms().get(i).id())) {
        steps.add(new Remove<>(Part.TERMS, i, c.terms().get(i)));
      }
    }
  }

  private static Change replace(Comparison c, TagKind old, TagKind changed, String description) {
    if (old.equals(changed)) {
      return Steps.none(description);
    }
    int i = c.codebook().kinds().indexOf(old);
    return new Steps(description, List.of(new Replace<>(Part.KINDS, i, old, changed)));
  }

  private static TagKind kind(Comparison c, TagTarget target, String id) {
    return c.codebook().kinds().get(Lookup.kind(c, target, id));
  }

  private static String colour(String colour) {
    if (colour == null || !COLOUR.matcher(colour).matches()) {
      throw new IllegalArgumentException(
          "\"" + colour + "\" is not a colour; write it like #2e7d32.");
    }
    return colour;
  }
}
