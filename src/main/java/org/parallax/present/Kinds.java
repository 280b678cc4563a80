package org.parallax.present;

import org.parallax.model.Comparison;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;

/** Codebook kinds by id, with a grey stand-in named by its id when the codebook lacks one. */
final class Kinds {
  static final String GREY = "#9e9e9e";

  private Kinds() {}

  static TagKind of(Comparison c, TagTarget target, String id) {
    return c.codebook().find(target, id).orElseGet(() -> new TagKind(id, target, id, GREY, ""));
  }
}
