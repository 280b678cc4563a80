package org.parallax.ui.tag;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.tagging.Change;
import org.parallax.tagging.Edits;
import org.parallax.tagging.LexiconTerms;
import org.parallax.tagging.Navigation;
import org.parallax.tagging.Stamped;
import org.parallax.tagging.TermOccurrences;
import org.parallax.tagging.TermSpan;
import org.parallax.ui.Messages;
import org.parallax.ui.align.AlignmentViewModel;
import org.parallax.ui.align.Partner;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.Notice;

/**
 * What the reader does to a comparison: choose claims on both sides, link them, accept or reject
 * suggestions, set relations and notes, walk from link to link, tag framing terms, split and merge
 * claims. Every edit is one undoable step of the {@link ComparisonSession}; an edit the core
 * refuses becomes a message, never an exception.
 */
public final class TaggingViewModel {
  private final ComparisonSession session;
  private final AlignmentViewModel alignment;
  private final BackgroundRunner runner;
  private final Clock clock;
  private final Consumer<Notice> notices;
  private final StringProperty annotator = new SimpleStringProperty(this, "annotator", "");
  private final ClaimChoice choice = new ClaimChoice();

  /** The state before the latest click on a claim; null when no click can be taken back. */
  private BeforeClick beforeClick;

  private Supplier<EquivalenceLexicon> lexicon = EquivalenceLexicon::bundled;
  private UnaryOperator<String> lexiconKeeper = line -> Messages.get("terms.addToLexicon.nowhere");
  private Supplier<Optional<String>> askName = Optional::empty;
  private boolean askedName;

  private final ReadOnlyObjectWrapper<Link> currentLink = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<TermTag> currentTerm = new ReadOnlyObjectWrapper<>();
  private final ObservableList<TermSpan> offeredOccurrences = FXCollections.observableArrayList();
  private final ObjectProperty<Side> activeSide =
      new SimpleObjectProperty<>(this, "active", Side.A);

  public TaggingViewModel(
      ComparisonSession session,
      AlignmentViewModel alignment,
      BackgroundRunner runner,
      Clock clock,
      Consumer<Notice> notices) {
    this.session = session;
    this.alignment = alignment;
    this.runner = runner;
    this.clock = clock;
    this.notices = notices;
    session.currentProperty().addListener((obs, old, now) -> refresh(now));
    session.resetsProperty().addListener((obs, old, now) -> forgetPicks());
  }

  /** The reader clicked {@code offset} of {@code side}; {@code extend} adds to the choice. */
  public void clickAt(Side side, int offset, boolean extend) {
    beforeClick =
        new BeforeClick(
            choice.memo(), alignment.selectedProperty().get(), currentLink.get(), activeSide.get());
    activeSide.set(side);
    Optional<Claim> claim = alignment.index().flatMap(i -> i.claimAt(side, offset));
    choice.click(side, claim, extend);
    if (claim.isEmpty()) {
      return;
    }
    alignment.select(claim.get());
    currentLink.set(bestLinkOf(claim.get()).orElse(null));
  }

  /**
   * The last click was the first of a double or triple click that selects words (for a term): what
   * it chose is put back, so that selecting words never chooses the claim around them.
   */
  public void selectedWordsByClicking() {
    BeforeClick before = beforeClick;
    beforeClick = null;
    if (before == null) {
      return;
    }
    choice.restore(before.choice());
    alignment.select(before.selected());
    currentLink.set(before.link());
    activeSide.set(before.side());
  }

  /** What a click changed, to put back when it turns out to have selected words instead. */
  private record BeforeClick(ClaimChoice.Memo choice, Claim selected, Link link, Side side) {}

  /** Makes {@code link} the current one and chooses its claims on both sides. */
  public void focus(Link link) {
    currentLink.set(link);
    if (link == null) {
      return;
    }
    session
        .comparison()
        .ifPresent(
            c -> {
              choice.showLink(claims(c, link.aClaims()), claims(c, link.bClaims()));
              choice.on(Side.A).stream().findFirst().ifPresent(alignment::select);
            });
  }

  public void accept() {
    withLink(link -> edits().accept(comparison(), link.id()));
  }

  public void reject() {
    withLink(link -> edits().reject(comparison(), link.id()));
  }

  public void unlink() {
    withLink(link -> edits().unlink(comparison(), link.id()));
  }

  /**
   * Sets the current link's relation; with no current link but claims chosen on both sides, links
   * them with that relation in one step.
   */
  public void setRelation(String relation) {
    if (currentLink.get() == null && choice.onBothSides()) {
      linkChosen(relation);
    } else {
      withLink(link -> edits().setRelation(comparison(), link.id(), relation));
    }
  }

  public void setNote(String note) {
    Link link = currentLink.get();
    if (link != null && !link.note().equals(note)) {
      withLink(l -> edits().setNote(comparison(), l.id(), note));
    }
  }

  /** Links the claims chosen on the left with those chosen on the right. */
  public void linkChosen(String relation) {
    if (!choice.onBothSides()) {
      notices.accept(Notice.error(Messages.get("tag.chooseBoth")));
      return;
    }
    Comparison before = comparison();
    if (apply(() -> edits().link(before, choice.ids(Side.A), choice.ids(Side.B), relation))) {
      Comparison after = comparison();
      after.links().stream()
          .filter(l -> before.links().stream().noneMatch(o -> o.id().equals(l.id())))
          .findFirst()
          .ifPresent(currentLink::set);
      choice.spend();
    }
  }

  /**
   * The claims the reader chose on {@code side} by clicking; none when they were chosen only
   * because a link was focused, or the choice was spent on a link.
   */
  public List<Claim> pickedByReader(Side side) {
    return choice.pickedByReader(side);
  }

  /** Links two claims dragged one onto the other (either side may come first). */
  public void linkDragged(String fromId, Side onto, int offset) {
    Optional<Claim> from = session.comparison().flatMap(c -> c.claim(fromId));
    Optional<Claim> to = alignment.index().flatMap(i -> i.claimAt(onto, offset));
    if (from.isEmpty() || to.isEmpty() || from.get().side() == onto) {
      notices.accept(Notice.error(Messages.get("tag.dropOnClaim")));
      return;
    }
    choice.set(from.get(), to.get());
    currentLink.set(null);
    linkChosen("");
    if (currentLink.get() != null) {
      // The dragged claim is the reader's choice now: its partners include the new link's claim.
      activeSide.set(from.get().side());
      session.comparison().flatMap(c -> c.claim(fromId)).ifPresent(alignment::select);
    }
  }

  /**
   * Links the selected claim with its partner of rank {@code rank} in the partner list, suggested
   * or runner-up, by hand (one step of Undo); the claim stays selected, so its list shows the new
   * link and the next runners-up. Returns whether there was such a partner.
   */
  public boolean linkPartner(int rank) {
    Claim claim = alignment.selectedProperty().get();
    List<Partner> partners = alignment.partners();
    if (claim == null || rank < 1 || rank > partners.size()) {
      return false;
    }
    choice.set(claim, partners.get(rank - 1).claim());
    currentLink.set(null);
    linkChosen("");
    if (currentLink.get() != null) {
      activeSide.set(claim.side());
      session.comparison().flatMap(c -> c.claim(claim.id())).ifPresent(alignment::select);
    }
    return true;
  }

  /**
   * The reader chose {@code partner} of the selected claim in the list of partners (by mouse or
   * arrow keys): the link joining the two, if there is one, becomes the current link, so that
   * Enter, Backspace and A, C, R, P act on the partner the reader is on. A runner-up has no link;
   * the current link stays.
   */
  public void choosePartner(Partner partner) {
    Claim claim = alignment.selectedProperty().get();
    if (claim == null || partner == null || partner.runnerUp()) {
      return;
    }
    session
        .comparison()
        .flatMap(
            c ->
                c.links().stream()
                    .filter(l -> l.status() != LinkStatus.REJECTED)
                    .filter(l -> l.involves(claim.id()) && l.involves(partner.claim().id()))
                    .max(Comparator.comparingDouble(Link::score)))
        .ifPresent(currentLink::set);
  }

  /** Walks to the next (or previous) link in the reading order of {@code side}. */
  public Optional<Link> step(Side side, boolean forward) {
    if (session.comparison().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> from = Optional.ofNullable(currentLink.get()).map(Link::id);
    Optional<Link> next =
        forward
            ? Navigation.next(comparison(), side, from)
            : Navigation.previous(comparison(), side, from);
    next.ifPresent(this::focus);
    if (next.isPresent()) {
      notices.accept(null); // a "last link" message no longer holds
    } else if (!comparison().links().isEmpty()) {
      notices.accept(
          Notice.info(
              forward ? Messages.get("tag.noNextLink") : Messages.get("tag.noPreviousLink")));
    }
    return next;
  }

  /**
   * Tags {@code [start, end)} of {@code side} as a framing term and offers every other occurrence
   * of the same words in both essays for tagging in one step.
   */
  public void tagTerm(Side side, int start, int end, String frame) {
    if (end <= start) {
      notices.accept(Notice.error(Messages.get("tag.selectWords")));
      return;
    }
    Comparison before = comparison();
    if (apply(() -> edits().addTerm(before, side, start, end, frame, ""))) {
      Comparison after = comparison();
      TermTag added = newestTerm(after, before);
      currentTerm.set(added);
      offeredOccurrences.clear();
      String words = after.document(side).slice(start, end);
      // Off the FX thread: in a book-length pair a common word occurs thousands of times. The
      // offer is for this term only; a later edit makes it out of date.
      runner.run(
          () -> TermOccurrences.find(after, words),
          found -> {
            if (comparison() == after && added.equals(currentTerm.get())) {
              offeredOccurrences.setAll(found);
            }
          },
          failure -> {});
    }
  }

  /** Tags every occurrence offered after the last term, with that term's frame, as one step. */
  public void tagOfferedOccurrences() {
    TermTag term = currentTerm.get();
    if (term == null || offeredOccurrences.isEmpty()) {
      return;
    }
    List<TermSpan> spans = new ArrayList<>(offeredOccurrences);
    if (apply(() -> edits().addTerms(comparison(), spans, term.frame()))) {
      offeredOccurrences.clear();
    }
  }

  public void dismissOfferedOccurrences() {
    offeredOccurrences.clear();
  }

  /** Splits the claim of {@code side} that holds {@code offset} into two claims there. */
  public void splitAt(Side side, int offset) {
    Optional<Claim> claim = alignment.index().flatMap(i -> i.claimAt(side, offset));
    if (claim.isEmpty() || offset <= claim.get().start()) {
      notices.accept(Notice.error(Messages.get("tag.splitWhere")));
      return;
    }
    apply(() -> edits().splitClaim(comparison(), claim.get().id(), offset));
  }

  /**
   * Makes the words {@code [start, end)} of {@code side} a claim of their own: a heading or the
   * editorial note, which are not claims unless the reader says so, or words no claim covers.
   */
  public void claimSelection(Side side, int start, int end) {
    apply(() -> edits().addClaim(comparison(), side, start, end, ""));
  }

  /** Merges the selected claim with the claim after it on the same side. */
  public void mergeWithNext() {
    Claim claim = alignment.selectedProperty().get();
    Optional<Claim> next =
        claim == null
            ? Optional.empty()
            : comparison().claims(claim.side()).stream()
                .filter(c -> c.start() >= claim.end())
                .findFirst();
    if (next.isEmpty()) {
      notices.accept(Notice.error(Messages.get("tag.mergeWhich")));
      return;
    }
    apply(() -> edits().mergeClaims(comparison(), claim.id(), next.get().id()));
  }

  public void selectTerm(TermTag term) {
    currentTerm.set(term);
  }

  /** Applies any edit made by {@code make}; refusals become messages. */
  public boolean apply(java.util.function.Supplier<Change> make) {
    if (session.comparison().isEmpty()) {
      return false;
    }
    try {
      Change change = make.get();
      session.apply(new Stamped(change, comparison().modified(), clock.instant()));
      return true;
    } catch (IllegalArgumentException refused) {
      notices.accept(Notice.error(refused.getMessage()));
      return false;
    }
  }

  /**
   * Suggests framing terms where the essays name a referent differently, by the lexicon the aligner
   * uses (built in, plus the reader's own names); says so when there are none.
   */
  public void suggestTerms() {
    Comparison c = comparison();
    if (c == null) {
      return;
    }
    List<TermTag> found = LexiconTerms.suggest(c, lexicon.get(), clock);
    if (found.isEmpty()) {
      notices.accept(Notice.info(Messages.get("terms.noneToSuggest")));
      return;
    }
    edit(edits -> now -> edits.addTermSuggestions(now, found));
  }

  /** Where term suggestions take their names from: the lexicon the aligner uses. */
  public void useLexicon(Supplier<EquivalenceLexicon> names) {
    this.lexicon = names;
  }

  /**
   * Where Add to lexicon puts an entry: {@code keeper} takes its line and answers what the reader
   * is told.
   */
  public void useLexiconKeeper(UnaryOperator<String> keeper) {
    this.lexiconKeeper = keeper;
  }

  /** Adds {@code term} and its partner to the reader's lexicon ({@link TermToLexicon}). */
  public void addToLexicon(TermTag term) {
    String told = TermToLexicon.add(comparison(), term, lexiconKeeper);
    notices.accept(Notice.info(told));
  }

  /** Applies an edit built from the comparison on screen and a fresh {@link Edits}. */
  public boolean edit(Function<Edits, Function<Comparison, Change>> make) {
    return apply(() -> make.apply(edits()).apply(comparison()));
  }

  public Edits edits() {
    return new Edits(clock, readerName());
  }

  /**
   * How to ask the reader's name when it is not known yet (the window shows a question with a
   * suggestion); it answers empty when the reader declines.
   */
  public void setNameAsker(Supplier<Optional<String>> ask) {
    askName = ask;
  }

  /**
   * The reader's name for their work. When it is not known, the reader is asked, once: on the first
   * edit or the first save, whichever comes first.
   */
  public String readerName() {
    if (annotator.get().isBlank() && !askedName) {
      askedName = true;
      askName.get().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(annotator::set);
    }
    return annotator.get();
  }

  private void withLink(Function<Link, Change> make) {
    Link link = currentLink.get();
    if (link == null) {
      notices.accept(Notice.error(Messages.get("tag.noLink")));
      return;
    }
    apply(() -> make.apply(link));
  }

  /** Drops the current link and term and every chosen claim, as for a new comparison. */
  private void forgetPicks() {
    beforeClick = null;
    currentLink.set(null);
    currentTerm.set(null);
    choice.clear();
    offeredOccurrences.clear();
  }

  /** Keeps the current link and term pointing at their latest versions after any change. */
  private void refresh(Comparison now) {
    beforeClick = null;
    if (now == null) {
      forgetPicks();
      return;
    }
    Link link = currentLink.get();
    currentLink.set(
        link == null
            ? null
            : now.links().stream().filter(l -> l.id().equals(link.id())).findFirst().orElse(null));
    TermTag term = currentTerm.get();
    currentTerm.set(
        term == null
            ? null
            : now.terms().stream().filter(t -> t.id().equals(term.id())).findFirst().orElse(null));
    choice.follow(now);
  }

  private Optional<Link> bestLinkOf(Claim claim) {
    return comparison().links().stream()
        .filter(l -> l.status() != LinkStatus.REJECTED && l.involves(claim.id()))
        .max(
            Comparator.comparing((Link l) -> l.status() == LinkStatus.CONFIRMED)
                .thenComparingDouble(Link::score));
  }

  /** The term {@code after} has and {@code before} had not, found by id in linear time. */
  private static TermTag newestTerm(Comparison after, Comparison before) {
    java.util.Set<String> old = new java.util.HashSet<>();
    before.terms().forEach(t -> old.add(t.id()));
    return after.terms().stream().filter(t -> !old.contains(t.id())).findFirst().orElse(null);
  }

  private static List<Claim> claims(Comparison c, List<String> ids) {
    return ids.stream().map(c::claim).flatMap(Optional::stream).toList();
  }

  private Comparison comparison() {
    return session.comparison().orElseThrow();
  }

  public ObservableList<Claim> chosen(Side side) {
    return choice.on(side);
  }

  public ReadOnlyObjectProperty<Link> currentLinkProperty() {
    return currentLink.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<TermTag> currentTermProperty() {
    return currentTerm.getReadOnlyProperty();
  }

  public ObservableList<TermSpan> offeredOccurrences() {
    return offeredOccurrences;
  }

  /** The side the reader last worked in: keyboard commands and N/Shift+N follow its order. */
  public ObjectProperty<Side> activeSideProperty() {
    return activeSide;
  }

  public StringProperty annotatorProperty() {
    return annotator;
  }

  public Clock clock() {
    return clock;
  }

  public ComparisonSession session() {
    return session;
  }
}
