package org.parallax.tagging;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Comparison;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Link;
import org.parallax.model.Prompt;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

/**
 * Makes the reader's edits as {@link Change}s, to be applied through an {@link EditHistory}. Every
 * method checks its input against the comparison it is given and throws {@link
 * IllegalArgumentException} with a sentence for the reader when the edit cannot be made. An edit
 * that would change nothing returns a change that leaves the comparison as it is, which the history
 * does not record. Edited links and tags take this reader's name and the clock's time. Immutable.
 */
public final class Edits {
  private final EditContext context;
  private final LinkEdits links;
  private final TermEdits terms;
  private final TermPairEdits pairs;
  private final SuggestionEdits suggested;
  private final ClaimEdits claims;
  private final KindEdits kinds;
  private final PromptEdits prompts;

  /** Edits by {@code annotator}, timed by {@code clock}. */
  public Edits(Clock clock, String annotator) {
    this(new EditContext(clock, annotator, Set.of()));
  }

  private Edits(EditContext context) {
    this.context = context;
    this.links = new LinkEdits(context);
    this.terms = new TermEdits(context);
    this.pairs = new TermPairEdits(context);
    this.suggested = new SuggestionEdits(context);
    this.claims = new ClaimEdits(context);
    this.kinds = new KindEdits(context);
    this.prompts = new PromptEdits(context);
  }

  /**
   * The same edits, never giving out {@code ids} for new links, claims or tags. Pass the ids of the
   * file's orphans so that new items do not clash with them when the file is saved again.
   */
  public Edits reserving(Collection<String> ids) {
    Set<String> all = new HashSet<>(context.reserved());
    all.addAll(ids);
    return new Edits(new EditContext(context.clock(), context.annotator(), all));
  }

  /** The reader's name these edits are signed with. */
  public String annotator() {
    return context.annotator();
  }

  // Links

  /** Confirms a suggested (or earlier rejected) link. */
  public Change accept(Comparison c, String linkId) {
    return links.accept(c, linkId);
  }

  /** Rejects a link; it stays in the comparison so it is not suggested again. */
  public Change reject(Comparison c, String linkId) {
    return links.reject(c, linkId);
  }

  /**
   * Links claims of A with claims of B by hand: a new confirmed link {@code Ln} (one more than the
   * highest link number), score 0, reason "linked by hand". When a suggested or rejected link joins
   * exactly these claims already, that link is confirmed instead of adding a second one.
   *
   * @param relation a link relation of the codebook, or empty for none yet
   */
  public Change link(Comparison c, List<String> aIds, List<String> bIds, String relation) {
    return links.link(c, aIds, bIds, relation);
  }

  /**
   * Swaps the suggestions the reader has not touched for {@code fresh} ones from aligning the
   * comparison's claims again; confirmed, rejected, related and annotated links all stay.
   */
  public Change suggestAgain(Comparison c, List<Link> fresh) {
    return links.suggestAgain(c, fresh);
  }

  /**
   * Gives the untouched suggestions the suggested relations of {@code renewed} (the same links,
   * their relations made again); links the reader touched stay as they are.
   */
  public Change renewSuggestedRelations(Comparison c, List<Link> renewed) {
    return links.renewSuggestedRelations(c, renewed);
  }

  /** Removes a link altogether. */
  public Change unlink(Comparison c, String linkId) {
    return links.unlink(c, linkId);
  }

  /**
   * Sets the relation of a link: a link relation of the codebook, or empty to clear it. Giving a
   * relation confirms a suggested or rejected link in the same step; clearing one leaves the status
   * as it is.
   */
  public Change setRelation(Comparison c, String linkId, String relation) {
    return links.setRelation(c, linkId, relation);
  }

  /** Replaces the reader's note on a link. */
  public Change setNote(Comparison c, String linkId, String note) {
    return links.setNote(c, linkId, note);
  }

  // Framing terms

  /**
   * Tags {@code [start, end)} of one side's text as a framing term {@code Tn}, confirmed. White
   * space around the selection is left out. The selection may not overlap a tag that is there
   * already, except a rejected suggestion; a suggestion of exactly the selection is confirmed with
   * this frame and note instead of adding a second tag.
   *
   * @param frame a frame of the codebook; blank for "other"
   */
  public Change addTerm(Comparison c, Side side, int start, int end, String frame, String note) {
    return terms.addTerms(c, List.of(new TermSpan(side, start, end)), frame, note);
  }

  /** Tags several spans (all occurrences of a term) with one frame, as one undo step. */
  public Change addTerms(Comparison c, List<TermSpan> spans, String frame) {
    return terms.addTerms(c, spans, frame, "");
  }

  /** Tags several spans with one frame and one note, as one undo step. */
  public Change addTerms(Comparison c, List<TermSpan> spans, String frame, String note) {
    return terms.addTerms(c, spans, frame, note);
  }

  /** Sets the frame of a term tag (blank for "other"). */
  public Change setTermFrame(Comparison c, String termId, String frame) {
    return terms.setFrame(c, termId, frame);
  }

  /** Replaces the reader's note on a term tag. */
  public Change setTermNote(Comparison c, String termId, String note) {
    return terms.setNote(c, termId, note);
  }

  /** Removes a term tag; its counterpart, if paired, stays and is unpaired. */
  public Change removeTerm(Comparison c, String termId) {
    return terms.remove(c, termId);
  }

  /**
   * Pairs two term tags of different sides as counterparts (Khankendi ↔ Stepanakert). Earlier
   * partners of either are unpaired.
   */
  public Change pairTerms(Comparison c, String termIdA, String termIdB) {
    return pairs.pair(c, termIdA, termIdB);
  }

  /** Unpairs a term tag and its counterpart. */
  public Change unpairTerm(Comparison c, String termId) {
    return pairs.unpair(c, termId);
  }

  /** Confirms a suggested term tag. */
  public Change acceptTermSuggestion(Comparison c, String termId) {
    return suggested.accept(c, termId);
  }

  /**
   * Rejects a suggested term tag. It stays, rejected and unpaired, so the lexicon does not suggest
   * it again.
   */
  public Change rejectTermSuggestion(Comparison c, String termId) {
    return suggested.reject(c, termId);
  }

  /**
   * Adds suggested term tags (from {@link LexiconTerms#suggest}) under fresh ids, keeping their
   * pairs. Suggestions that overlap a tag already there are left out.
   */
  public Change addTermSuggestions(Comparison c, List<TermTag> suggestions) {
    return suggested.addSuggestions(c, suggestions);
  }

  // Claims

  /**
   * Splits a claim at {@code offset} of its side's text, which must lie strictly inside it. The
   * first part keeps the id; the second gets a new one made from it ({@code A4} gives {@code A4b}).
   * White space at the split is left out of both parts. Every link of the claim is attached to both
   * parts.
   */
  public Change splitClaim(Comparison c, String claimId, int offset) {
    return claims.split(c, claimId, offset);
  }

  /**
   * Adds a claim over {@code [start, end)} of {@code side}; {@code wantedId} is kept when free.
   *
   * @throws IllegalArgumentException when the span is empty or overlaps a claim
   */
  public Change addClaim(Comparison c, Side side, int start, int end, String wantedId) {
    return claims.add(c, side, start, end, wantedId);
  }

  /**
   * Merges two neighbouring claims of one side into one that keeps the id of the earlier one. Links
   * of the later claim are attached to the merged claim; a link that had both lists it once.
   */
  public Change mergeClaims(Comparison c, String firstId, String secondId) {
    return claims.merge(c, firstId, secondId);
  }

  // Codebook

  /** An unused id for a new kind called {@code label} ("Human rights" gives human_rights). */
  public static String newKindId(Comparison c, TagTarget target, String label) {
    return KindEdits.idFor(c, target, label);
  }

  /** How many links (for a relation) or term tags (for a frame) use a kind. */
  public static int uses(Comparison c, TagTarget target, String kindId) {
    return KindEdits.uses(c, target, kindId);
  }

  /** Adds a kind to the end of the codebook. Its colour is written like {@code #2e7d32}. */
  public Change addKind(Comparison c, TagKind kind) {
    return kinds.add(c, kind);
  }

  /** Renames a kind; its id, and so every tag using it, stays. */
  public Change renameKind(Comparison c, TagTarget target, String kindId, String label) {
    return kinds.rename(c, target, kindId, label);
  }

  /** Gives a kind another colour, written like {@code #2e7d32}. */
  public Change recolourKind(Comparison c, TagTarget target, String kindId, String colour) {
    return kinds.recolour(c, target, kindId, colour);
  }

  /** Replaces the description of a kind. */
  public Change describeKind(Comparison c, TagTarget target, String kindId, String description) {
    return kinds.describe(c, target, kindId, description);
  }

  /**
   * Deletes a kind. With {@code reassignTo}, whatever used it moves to that kind of the same
   * target. Without, links using the relation lose their relation and term tags using the frame are
   * removed (their counterparts are unpaired). The default frame "other" cannot be deleted.
   */
  public Change deleteKind(
      Comparison c, TagTarget target, String kindId, Optional<String> reassignTo) {
    return kinds.delete(c, target, kindId, reassignTo);
  }

  /**
   * Several edits, each made against the result of the one before, as one undo step described as
   * {@code description}.
   */
  public Change together(List<Change> changes, String description) {
    return new Steps(description, changes);
  }

  /** Swaps the essays' sides, claims, links and terms going with them. */
  public Change swapSides(Comparison c) {
    return new SwapSides();
  }

  /**
   * Replaces the comparison {@code c} with {@code replaced}, the same comparison with a new version
   * of the essay of {@code side} and every tag re-anchored in it, as one undoable step.
   *
   * @throws IllegalArgumentException when {@code c} changed since the replacement was made from it
   */
  public Change replaceDocument(Comparison c, Comparison from, Side side, Comparison replaced) {
    if (!c.equals(from)) {
      throw new IllegalArgumentException(
          "The comparison changed while the new version was read: re-import the essay again.");
    }
    return new ReplaceDocument(side, from, replaced);
  }

  /**
   * Gives the link or term {@code madeId}, just attached again from an orphan, the orphan's id
   * {@code orphanId} back (unless another item has it now) and its creation time {@code created}.
   */
  public Change restoreOrphanIdentity(
      Comparison c, String madeId, String orphanId, java.time.Instant created) {
    return OrphanIdentity.restore(c, madeId, orphanId, created);
  }

  /** Sets the comparison's title and the name of the reader who made it. */
  public Change describeComparison(Comparison c, String title, String annotator) {
    String newTitle = title.strip();
    String newAnnotator = annotator.strip();
    return newTitle.equals(c.title()) && newAnnotator.equals(c.annotator())
        ? Steps.none("Change nothing")
        : new DescribeComparison(c.title(), c.annotator(), newTitle, newAnnotator);
  }

  /** Sets the title, authors and perspective label of one side's essay. */
  public Change describeDocument(
      Comparison c, Side side, String title, List<String> authors, String perspective) {
    DocumentMetadata before = c.document(side).metadata();
    DocumentMetadata after =
        before
            .withTitle(title.strip())
            .withAuthors(authors.stream().map(String::strip).filter(a -> !a.isEmpty()).toList())
            .withPerspective(perspective.strip());
    return after.equals(before)
        ? Steps.none("Change nothing")
        : new ReplaceMetadata(side, before, after);
  }

  // Discussion prompts

  /** Adds a prompt the teacher wrote, at {@code index} of the list, about {@code about}. */
  public Change addPrompt(Comparison c, int index, String text, List<String> about) {
    return prompts.add(c, index, text, about);
  }

  /** Changes a prompt's words; a prompt made from a template is then marked as edited. */
  public Change rewordPrompt(Comparison c, String promptId, String text) {
    return prompts.reword(c, promptId, text);
  }

  /** Deletes a prompt. */
  public Change removePrompt(Comparison c, String promptId) {
    return prompts.remove(c, promptId);
  }

  /** Moves a prompt to {@code index} of the list (clamped to the list). */
  public Change movePrompt(Comparison c, String promptId, int index) {
    return prompts.move(c, promptId, index);
  }

  /** Takes {@code fresh} as the whole list of prompts, as one step that undo takes back. */
  public Change replacePrompts(Comparison c, List<Prompt> fresh, String description) {
    return prompts.replaceAll(c, fresh, description);
  }
}
