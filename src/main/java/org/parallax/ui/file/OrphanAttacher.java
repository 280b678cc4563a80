package org.parallax.ui.file;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.IndexRange;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.Orphan;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.store.OrphanFields;
import org.parallax.tagging.Change;
import org.parallax.tagging.Edits;
import org.parallax.ui.tag.TaggingViewModel;

/**
 * Attaches an orphan again by hand: a term or a claim to the words the reader selected on its side,
 * a link to the claims chosen on both sides (or, when none are chosen, to the claims it named if
 * they still exist). The attached tag keeps what the orphan's entry said (frame, note, relation);
 * the orphan is then forgotten.
 */
public final class OrphanAttacher {
  private final TaggingViewModel tagging;
  private final FileViewModel files;

  public OrphanAttacher(TaggingViewModel tagging, FileViewModel files) {
    this.tagging = tagging;
    this.files = files;
  }

  /** Attaches {@code orphan} at {@code selection} of its side; returns whether it worked. */
  public boolean attach(Orphan orphan, IndexRange selection) {
    Optional<Comparison> before = tagging.session().comparison();
    OrphanFields fields = OrphanFields.of(orphan);
    boolean done =
        switch (orphan.kind()) {
          case TERM -> attachTerm(orphan, fields, selection);
          case CLAIM ->
              tagging.edit(
                  edits ->
                      c ->
                          edits.addClaim(
                              c,
                              orphan.side(),
                              selection.getStart(),
                              selection.getEnd(),
                              orphan.id()));
          case LINK -> attachLink(orphan, fields);
        };
    if (done && before.isPresent()) {
      files.attached(orphan, before.get(), tagging.session().comparison().orElseThrow());
    }
    return done;
  }

  /**
   * Tags the selection with the orphan's frame and note; a term that was paired with the orphan is
   * paired with the new tag, in the same undoable step.
   */
  private boolean attachTerm(Orphan orphan, OrphanFields fields, IndexRange selection) {
    return tagging.edit(
        edits ->
            c -> {
              Change add =
                  edits.addTerm(
                      c,
                      orphan.side(),
                      selection.getStart(),
                      selection.getEnd(),
                      fields.text("frame"),
                      fields.text("note"));
              Comparison added = add.applyTo(c);
              Set<String> before = c.terms().stream().map(TermTag::id).collect(Collectors.toSet());
              String madeId =
                  added.terms().stream()
                      .map(TermTag::id)
                      .filter(id -> !before.contains(id))
                      .findFirst()
                      .orElseThrow();
              Change identity = identity(edits, added, madeId, orphan, fields);
              Comparison restored = identity.applyTo(added);
              String id =
                  restored.terms().stream().anyMatch(t -> t.id().equals(orphan.id()))
                      ? orphan.id()
                      : madeId;
              Optional<TermTag> partner =
                  restored.terms().stream()
                      .filter(t -> t.pairedWith().equals(orphan.id()) && !t.id().equals(id))
                      .findFirst();
              if (partner.isEmpty()) {
                return edits.together(List.of(add, identity), "attach orphaned term");
              }
              Change pair =
                  orphan.side() == Side.A
                      ? edits.pairTerms(restored, id, partner.get().id())
                      : edits.pairTerms(restored, partner.get().id(), id);
              return edits.together(List.of(add, identity, pair), "attach orphaned term");
            });
  }

  private boolean attachLink(Orphan orphan, OrphanFields fields) {
    Optional<Comparison> shown = tagging.session().comparison();
    if (shown.isEmpty()) {
      return false;
    }
    List<String> a = chosenOr(Side.A, fields.claimIds("a"), shown.get());
    List<String> b = chosenOr(Side.B, fields.claimIds("b"), shown.get());
    String note = fields.text("note");
    return tagging.edit(
        edits ->
            c -> {
              Change link = edits.link(c, a, b, fields.text("relation"));
              Comparison linked = link.applyTo(c);
              Link made = newest(c, linked);
              Change noted = edits.setNote(linked, made.id(), note);
              Comparison withNote = noted.applyTo(linked);
              return edits.together(
                  List.of(link, noted, identity(edits, withNote, made.id(), orphan, fields)),
                  "attach orphaned link");
            });
  }

  /** The orphan's own id (when free) and creation time, back on the tag made from it. */
  private static Change identity(
      Edits edits, Comparison c, String madeId, Orphan orphan, OrphanFields fields) {
    java.time.Instant created =
        fields
            .time("created")
            .orElseGet(
                () ->
                    c.links().stream()
                        .filter(l -> l.id().equals(madeId))
                        .map(Link::created)
                        .findFirst()
                        .orElseGet(
                            () ->
                                c.terms().stream()
                                    .filter(t -> t.id().equals(madeId))
                                    .map(TermTag::created)
                                    .findFirst()
                                    .orElseThrow()));
    return edits.restoreOrphanIdentity(c, madeId, orphan.id(), created);
  }

  private List<String> chosenOr(Side side, List<String> saved, Comparison c) {
    List<Claim> chosen = tagging.pickedByReader(side);
    if (!chosen.isEmpty()) {
      return chosen.stream().map(Claim::id).toList();
    }
    return saved.stream().filter(id -> c.claim(id).isPresent()).toList();
  }

  private static Link newest(Comparison before, Comparison after) {
    Set<String> old = before.links().stream().map(Link::id).collect(Collectors.toSet());
    return after.links().stream().filter(l -> !old.contains(l.id())).findFirst().orElseThrow();
  }
}
