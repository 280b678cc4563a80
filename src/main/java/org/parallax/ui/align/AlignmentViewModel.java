package org.parallax.ui.align;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentResult;
import org.parallax.align.CandidateTable;
import org.parallax.align.PairedTerm;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;
import org.parallax.tagging.ComparisonNames;
import org.parallax.tagging.Edits;
import org.parallax.tagging.TermPairs;
import org.parallax.task.CancelledException;
import org.parallax.task.Progress;
import org.parallax.ui.Messages;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.Lazy;
import org.parallax.ui.support.UiProgress;
import org.parallax.ui.tag.ComparisonSession;

/**
 * Turns the two open essays into a comparison with suggested links, in the background, and keeps
 * track of which claim the reader selected and which claims the suggestions pair it with. A newer
 * run or a cancel makes an older run's result disappear unseen.
 */
public final class AlignmentViewModel {
  private final Supplier<Segmenter> segmenter;
  private volatile Supplier<Aligner> aligner;
  private final BackgroundRunner runner;
  private final Clock clock;
  private final ComparisonSession session;
  private final ReadOnlyObjectWrapper<Claim> selected = new ReadOnlyObjectWrapper<>();
  private final ObservableList<Partner> partners = FXCollections.observableArrayList();
  // One read-only view, kept: a view made per call listens to the list only weakly and loses
  // the listeners added to it once it is collected.
  private final ObservableList<Partner> partnersView =
      FXCollections.unmodifiableObservableList(partners);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ObservableList<String> notices = FXCollections.observableArrayList();
  private final ObservableList<String> noticesView =
      FXCollections.unmodifiableObservableList(notices);
  private ClaimIndex index;
  private Candidates candidates = Candidates.NONE;
  private Candidates pendingRunnersUp = Candidates.NONE;
  private UiProgress current;
  private Comparison previous;
  private List<PairedTerm> pairedBefore = List.of();

  /** Above this many claims in all, runners-up wait for an explicit Align. */
  static final int QUIET_CANDIDATES_CLAIMS = 2_000;

  private int generation;

  public AlignmentViewModel(
      Supplier<Segmenter> segmenter,
      Supplier<Aligner> aligner,
      BackgroundRunner runner,
      Clock clock,
      ComparisonSession session) {
    this.session = session;
    session.currentProperty().addListener((obs, old, now) -> reindex(now));
    // Built on first use, on a worker: both load large tables (ICU, Lucene, the lexicon) that
    // would otherwise delay the window's first appearance.
    this.segmenter = Lazy.of(segmenter);
    this.aligner = Lazy.of(aligner);
    this.runner = runner;
    this.clock = clock;
  }

  /** Segments and aligns {@code a} and {@code b} in the background; replaces any earlier run. */
  public void align(Document a, Document b) {
    Supplier<Aligner> using = aligner; // the settings of the moment the run was asked for
    start(
        sink -> {
          List<Claim> claimsA = segmenter.get().segment(a, Side.A);
          List<Claim> claimsB = segmenter.get().segment(b, Side.B);
          AlignmentResult result = using.get().align(a, claimsA, b, claimsB, sink);
          List<Claim> claims = new ArrayList<>(claimsA);
          claims.addAll(claimsB);
          Instant now = clock.instant();
          Comparison made =
              new Comparison(
                  ComparisonNames.defaultTitle(a, b),
                  "",
                  a,
                  b,
                  claims,
                  result.suggestionsMadeAt(now),
                  List.of(),
                  Codebook.defaults(),
                  now,
                  now);
          return new Aligned(made, result.notices(), new Candidates(a, b, result.candidates()));
        },
        aligned -> {
          notices.setAll(aligned.notices());
          candidates = aligned.candidates();
          session.reset(aligned.comparison(), false);
        });
  }

  /**
   * Aligns the claims of the comparison on screen again, as the reader has them (split, merged or
   * added claims included), in the background, and hands the new suggestions to {@code use} on the
   * FX thread. Does nothing when no comparison is shown.
   */
  public void suggestAgain(Consumer<List<Link>> use) {
    Comparison shown = session.comparison().orElse(null);
    if (shown == null) {
      return;
    }
    Supplier<Aligner> using = aligner; // the settings of the moment the run was asked for
    List<PairedTerm> paired = pairedTerms(shown);
    start(
        sink -> {
          AlignmentResult made =
              using
                  .get()
                  .align(shown.a(), shown.claims(Side.A), shown.b(), shown.claims(Side.B), sink);
          return paired.isEmpty()
              ? new Again(made, made.suggestions())
              : new Again(
                  made,
                  using
                      .get()
                      .suggestRelations(
                          shown.a(),
                          shown.claims(Side.A),
                          shown.b(),
                          shown.claims(Side.B),
                          made.suggestions(),
                          paired,
                          Progress.NONE));
        },
        again -> {
          AlignmentResult result = again.result();
          // The reader may have opened other essays meanwhile: these suggestions fit only the
          // comparison they were made for.
          Comparison now = session.comparison().orElse(null);
          if (now == null
              || !now.a().text().equals(shown.a().text())
              || !now.b().text().equals(shown.b().text())) {
            return;
          }
          if (!now.claims().equals(shown.claims())) {
            suggestAgain(use); // claims were split or merged meanwhile: align them as they are now
            return;
          }
          notices.setAll(result.notices());
          candidates = new Candidates(shown.a(), shown.b(), result.candidates());
          use.accept(again.suggestions());
        });
  }

  /**
   * Runs {@code work} in the background with progress; a newer run or a cancel drops its result.
   */
  private <T> void start(Function<Progress, T> work, Consumer<T> done) {
    cancel();
    int run = ++generation;
    UiProgress sink = new UiProgress(runner, fraction -> progressOf(run, fraction));
    current = sink;
    running.set(true);
    progress.set(0);
    runner.run(
        () -> work.apply(sink),
        result -> {
          if (run == generation) {
            running.set(false);
            done.accept(result);
          }
        },
        failure -> {
          if (run == generation) {
            running.set(false);
            if (!(failure instanceof CancelledException)) {
              notices.setAll(Messages.get("align.failed", describe(failure)));
            }
          }
        });
  }

  /** Aligns with what {@code made} makes from now on, e.g. after the reader changed settings. */
  public void useAligner(Supplier<Aligner> made) {
    aligner = Lazy.of(made);
  }

  /** The reader stops the running alignment: as {@link #cancel}, and the status bar says so. */
  public void stop() {
    if (running.get()) {
      cancel();
      notices.setAll(Messages.get("align.stopped"));
    }
  }

  /** Stops the running alignment, if any; what is on screen stays. */
  public void cancel() {
    if (current != null) {
      current.cancel();
      current = null;
    }
    generation++;
    running.set(false);
  }

  /** Forgets the comparison, e.g. when one side is closed or replaced. */
  public void clear() {
    cancel();
    session.reset(null, true);
    notices.clear();
  }

  /**
   * Shows an existing comparison, e.g. one opened from a file ({@code saved}) or recovered; an
   * alignment still running is stopped, so its result cannot replace what is shown.
   */
  public void show(Comparison shown, boolean saved) {
    cancel();
    session.reset(shown, saved);
  }

  /**
   * Rebuilds the lookups after every change; keeps the selection when its claim survived the edit
   * (a split or merge may have replaced it).
   */
  private void reindex(Comparison now) {
    index = now == null ? null : new ClaimIndex(now);
    Claim kept = selected.get();
    select(kept != null && now != null ? now.claim(kept.id()).orElse(null) : null);
    findRunnersUp(now);
    followPairedTerms(now);
  }

  /**
   * The framing-term pairs the reader confirmed in {@code c}, as plain words for the aligner (A's
   * term first): each makes a link whose claims carry both terms a suggested reframe.
   */
  static List<PairedTerm> pairedTerms(Comparison c) {
    return TermPairs.of(c, Side.A, status -> status == LinkStatus.CONFIRMED).stream()
        .map(p -> new PairedTerm(p.a().words(), p.b().words()))
        .toList();
  }

  /**
   * When an edit changes which terms the reader has paired, suggests the relations of the untouched
   * suggestions again in the background (the relation step only, not the alignment) and applies
   * what changed as one undo step. A result that arrives after another edit is made again for the
   * comparison now shown; none is applied at the start of a history (a file just opened) or while
   * an undone step could be redone.
   */
  private void followPairedTerms(Comparison now) {
    Comparison before = previous;
    previous = now;
    if (now == null) {
      pairedBefore = List.of();
      return;
    }
    if (before != null && before.terms() == now.terms()) {
      return;
    }
    List<PairedTerm> paired = pairedTerms(now);
    boolean changed = !paired.equals(pairedBefore);
    pairedBefore = paired;
    if (changed && before != null && sameEssays(before, now)) {
      renewRelations(now, paired);
    }
  }

  private void renewRelations(Comparison from, List<PairedTerm> paired) {
    List<Link> untouched = from.links().stream().filter(l -> !l.touchedByReader()).toList();
    if (untouched.isEmpty()) {
      return;
    }
    Supplier<Aligner> using = aligner;
    runner.run(
        () ->
            using
                .get()
                .suggestRelations(
                    from.a(),
                    from.claims(Side.A),
                    from.b(),
                    from.claims(Side.B),
                    untouched,
                    paired,
                    Progress.NONE),
        renewed -> {
          Comparison now = session.currentProperty().get();
          if (now == null || !sameEssays(now, from)) {
            return;
          }
          if (now != from) {
            renewRelations(now, pairedTerms(now));
          } else if (session.canUndoProperty().get() && !session.canRedoProperty().get()) {
            session.apply(new Edits(clock, "").renewSuggestedRelations(now, renewed));
          }
        },
        failure -> {
          Comparison now = session.currentProperty().get();
          if (now != null && sameEssays(now, from)) {
            notices.setAll(Messages.get("align.relationsFailed", describe(failure)));
          }
        });
  }

  private static boolean sameEssays(Comparison x, Comparison y) {
    return x.a().text().equals(y.a().text()) && x.b().text().equals(y.b().text());
  }

  /**
   * For a comparison shown without an alignment of this session (opened from a file), finds its
   * claims' candidates quietly in the background, so a click offers runners-up there too. It shows
   * no progress and cancels nothing; the aligner keeps the result, so a later Align is quick. Books
   * are left to an explicit Align, which has progress and Cancel.
   */
  private void findRunnersUp(Comparison now) {
    if (now == null
        || candidates.madeFor(now)
        || pendingRunnersUp.madeFor(now)
        || now.claims().size() > QUIET_CANDIDATES_CLAIMS) {
      return;
    }
    Supplier<Aligner> using = aligner;
    pendingRunnersUp = new Candidates(now.a(), now.b(), CandidateTable.empty());
    runner.run(
        () ->
            using
                .get()
                .align(now.a(), now.claims(Side.A), now.b(), now.claims(Side.B), Progress.NONE)
                .candidates(),
        table -> {
          pendingRunnersUp = Candidates.NONE;
          Comparison shown = session.currentProperty().get();
          if (shown == null || candidates.madeFor(shown)) {
            return;
          }
          Candidates found = new Candidates(now.a(), now.b(), table);
          if (found.madeFor(shown)) {
            candidates = found;
            select(selected.get());
          }
        },
        failure -> pendingRunnersUp = Candidates.NONE);
  }

  /** Selects the claim of {@code side} at {@code offset}; clicking between claims clears it. */
  public void selectAt(Side side, int offset) {
    select(index == null ? null : index.claimAt(side, offset).orElse(null));
  }

  public void select(Claim claim) {
    // Partners first: listeners of the selection restyle both sides and read the partners.
    partners.setAll(claim == null || index == null ? List.of() : partnersOf(claim));
    selected.set(claim);
  }

  /** The links' partners of {@code claim}, then its runners-up from the last alignment. */
  private List<Partner> partnersOf(Claim claim) {
    Comparison shown = session.currentProperty().get();
    List<Partner> linked = index.partnersOf(claim);
    return shown == null || !candidates.madeFor(shown)
        ? linked
        : RunnersUp.fill(shown, claim, linked, candidates.table());
  }

  public Optional<Partner> bestPartner() {
    return partners.isEmpty() ? Optional.empty() : Optional.of(partners.get(0));
  }

  private void progressOf(int run, double fraction) {
    if (run == generation) {
      progress.set(fraction);
    }
  }

  private static String describe(Throwable failure) {
    return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
  }

  public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
    return session.currentProperty();
  }

  public Clock clock() {
    return clock;
  }

  /** Where the window's slow work runs (other commands share it). */
  public BackgroundRunner runner() {
    return runner;
  }

  public ComparisonSession session() {
    return session;
  }

  public ReadOnlyObjectProperty<Claim> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public ObservableList<Partner> partners() {
    return partnersView;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ObservableList<String> notices() {
    return noticesView;
  }

  public Optional<ClaimIndex> index() {
    return Optional.ofNullable(index);
  }

  private record Aligned(Comparison comparison, List<String> notices, Candidates candidates) {}

  /** An alignment made again, with its suggestions' relations judged with the reader's pairs. */
  private record Again(AlignmentResult result, List<Link> suggestions) {}

  /**
   * The candidate table of the last alignment, with the essays it was made for: kept for the
   * session (clicking a claim reads it, never aligns again), and used only while those essays are
   * the ones shown.
   */
  private record Candidates(Document a, Document b, CandidateTable table) {
    static final Candidates NONE = new Candidates(null, null, CandidateTable.empty());

    boolean madeFor(Comparison shown) {
      return a != null && same(a, shown.a()) && same(b, shown.b());
    }

    private static boolean same(Document made, Document shown) {
      return made == shown || made.text().equals(shown.text());
    }
  }
}
