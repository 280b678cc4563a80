package org.parallax.model;

/**
 * One entry of the codebook.
 *
 * @param id stable machine id ({@code agree}, {@code security})
 * @param target whether it is a link relation or a term frame
 * @param label what the reader sees
 * @param colour CSS colour ({@code #2e7d32}) used to draw it
 * @param description what it means, for the legend and the handout
 */
public record TagKind(
    String id, TagTarget target, String label, String colour, String description) {
  public TagKind {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("tag kind id is required");
    }
    if (target == null) {
      throw new IllegalArgumentException("tag kind target is required");
    }
    label = label == null || label.isBlank() ? id : label;
    colour = colour == null ? "" : colour;
    description = description == null ? "" : description;
  }
}
