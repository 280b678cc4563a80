package org.parallax.ui.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.framing.DistinctiveTerms;
import org.parallax.framing.LogOdds;
import org.parallax.framing.Term;
import org.parallax.framing.TermPlaces;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.tagging.ComparisonNames;
import org.parallax.tagging.TermPromotion;
import org.parallax.tagging.TermSpan;
import org.parallax.ui.Messages;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.ListUpdate;

/**
 * The Words tab: the words and phrases each essay prefers ({@link DistinctiveTerms}), found in the
 * background when the texts change and the tab asks, never on the FX thread. Picking a word shows
 * where it occurs in both essays; the picked word can be tagged as a framing term everywhere, and a
 * word of each list can be tagged and paired, each as one undo step.
 */
public final class DistinctiveWordsViewModel {
  /** How many words each side's list holds. */
  static final int TOP = 30;

  private final TaggingViewModel tagging;
  private final BackgroundRunner runner;
  private Supplier<EquivalenceLexicon> lexicon = EquivalenceLexicon::bundled;

  /** The lexicon the lists on screen were found with; other names find them again. */
  private EquivalenceLexicon namesUsed;

  /** The texts the lists are (or are being made) for, in the order shown; null before any. */
  private String textA;

  private String textB;

  /** The lists for those texts, once found; null before. */
  private DistinctiveTerms.Result terms;

  /** Where the words of those texts are, once indexed (beside discovery); null before. */
  private TermPlaces places;

  private final ObservableList<Term> a = FXCollections.observableArrayList();
  private final ObservableList<Term> b = FXCollections.observableArrayList();
  private final ObservableList<TagKind> frames = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper nameA = new ReadOnlyStringWrapper(this, "nameA", "A");
  private final ReadOnlyStringWrapper nameB = new ReadOnlyStringWrapper(this, "nameB", "B");
  private final ReadOnlyObjectWrapper<Term> pickedA = new ReadOnlyObjectWrapper<>(this, "pickedA");
  private final ReadOnlyObjectWrapper<Term> pickedB = new ReadOnlyObjectWrapper<>(this, "pickedB");
  private final ReadOnlyObjectWrapper<Side> current = new ReadOnlyObjectWrapper<>(this, "current");
  private final ReadOnlyObjectWrapper<TermPlaces.Found> found =
      new ReadOnlyObjectWrapper<>(this, "found", TermPlaces.Found.NONE);
  private final ObjectProperty<TagKind> frame = new SimpleObjectProperty<>(this, "frame");
  private final ReadOnlyObjectWrapper<TermPlaces> indexed =
      new ReadOnlyObjectWrapper<>(this, "indexed");
  private final BooleanBinding canPromote =
      current.isNotNull().and(frame.isNotNull()).and(indexed.isNotNull());
  private final BooleanBinding canPair =
      pickedA.isNotNull().and(pickedB.isNotNull()).and(frame.isNotNull()).and(indexed.isNotNull());

  public DistinctiveWordsViewModel(TaggingViewModel tagging, BackgroundRunner runner) {
    this.tagging = tagging;
    this.runner = runner;
  }

  /**
   * The lexicon the aligner uses: it folds the spellings discovery counts as one word, and gives a
   * word its default frame.
   */
  public void useLexicon(Supplier<EquivalenceLexicon> names) {
    this.lexicon = names;
  }

  /**
   * Brings the lists up to the comparison on screen: starts discovery when its texts or the
   * lexicon's names are new, swaps the lists when only the sides were swapped, and otherwise (a tag
   * edited) does nothing but follow the codebook's frames and the sides' names.
   */
  public void refresh() {
    Comparison c = tagging.session().currentProperty().get();
    if (c == null) {
      textA = null;
      textB = null;
      terms = null;
      setPlaces(null);
      a.clear();
      b.clear();
      frames.clear();
      status.set(Messages.get("words.noComparison"));
      forgetPicks();
      return;
    }
    ListUpdate.replaceChanged(frames, c.codebook().kinds(TagTarget.TERM));
    nameA.set(ComparisonNames.sideName(c, Side.A));
    nameB.set(ComparisonNames.sideName(c, Side.B));
    String ta = c.a().text();
    String tb = c.b().text();
    EquivalenceLexicon names = lexicon.get();
    boolean sameNames = names.equals(namesUsed);
    if (sameNames && ta.equals(textA) && tb.equals(textB)) {
      return;
    }
    forgetPicks();
    if (sameNames && textA != null && ta.equals(textB) && tb.equals(textA)) {
      textA = ta;
      textB = tb;
      if (terms != null) {
        show(terms.swapped());
      }
      setPlaces(places == null ? null : places.swapped());
      return;
    }
    textA = ta;
    textB = tb;
    namesUsed = names;
    terms = null;
    setPlaces(null);
    a.clear();
    b.clear();
    status.set(Messages.get("words.finding"));
    // Two tasks, so that the lists need not wait for the index of where their words are.
    runner.run(
        () -> new DistinctiveTerms(names, LogOdds.Prior.standard()).between(ta, tb, TOP),
        found -> {
          if (isShown(ta, tb)) {
            show(found);
          } else if (isShown(tb, ta)) {
            show(found.swapped());
          }
        },
        failure -> {
          if (isShown(ta, tb) || isShown(tb, ta)) {
            status.set(Messages.get("words.failed", String.valueOf(failure.getMessage())));
          }
        });
    runner.run(
        () -> TermPlaces.of(names, ta, tb),
        index -> {
          if (isShown(ta, tb)) {
            setPlaces(index);
          } else if (isShown(tb, ta)) {
            setPlaces(index.swapped());
          }
        },
        failure -> {});
  }

  /** Whether the texts on screen are {@code ta} and {@code tb}, in that order. */
  private boolean isShown(String ta, String tb) {
    return ta.equals(textA) && tb.equals(textB);
  }

  private void show(DistinctiveTerms.Result found) {
    terms = found;
    a.setAll(found.a());
    b.setAll(found.b());
    status.set(a.isEmpty() && b.isEmpty() ? Messages.get("words.none") : "");
  }

  /** The index of the texts on screen; a word picked before it was ready is found now. */
  private void setPlaces(TermPlaces index) {
    places = index;
    indexed.set(index);
    Side side = current.get();
    if (index != null && side != null) {
      found.set(index.find(picked(side).term()));
    }
  }

  /**
   * The reader picked {@code term} from the list of {@code side} (null: nothing there): it is shown
   * everywhere it occurs, becomes the word to tag, and the frame offered is its lexicon frame.
   */
  public void pick(Side side, Term term) {
    (side == Side.A ? pickedA : pickedB).set(term);
    if (term == null) {
      if (current.get() == side) {
        current.set(null);
        found.set(TermPlaces.Found.NONE);
      }
      return;
    }
    current.set(side);
    found.set(places == null ? TermPlaces.Found.NONE : places.find(term.term()));
    frame.set(defaultFrame(term.term()));
  }

  /** Forgets the picked words and their highlights, as when the reader leaves the tab. */
  public void forgetPicks() {
    pickedA.set(null);
    pickedB.set(null);
    current.set(null);
    found.set(TermPlaces.Found.NONE);
  }

  /** Tags every untagged occurrence of the picked word with the chosen frame, as one step. */
  public void promote() {
    Side side = current.get();
    TagKind kind = frame.get();
    if (side == null || kind == null || places == null) {
      return;
    }
    TermPromotion.Term term = promotion(side, picked(side), kind);
    tagging.edit(edits -> c -> new TermPromotion(edits).promote(c, term));
  }

  /**
   * Tags the word picked in each list (where not tagged yet) with the chosen frame and pairs them
   * as counterparts, as one step.
   */
  public void pair() {
    TagKind kind = frame.get();
    if (pickedA.get() == null || pickedB.get() == null || kind == null || places == null) {
      return;
    }
    TermPromotion.Term first = promotion(Side.A, pickedA.get(), kind);
    TermPromotion.Term second = promotion(Side.B, pickedB.get(), kind);
    tagging.edit(edits -> c -> new TermPromotion(edits).promoteAndPair(c, first, second));
  }

  private TermPromotion.Term promotion(Side side, Term term, TagKind kind) {
    TermPlaces.Found where = places.find(term.term());
    List<TermSpan> spans = new ArrayList<>();
    where.a().forEach(p -> spans.add(new TermSpan(Side.A, p.start(), p.end())));
    where.b().forEach(p -> spans.add(new TermSpan(Side.B, p.start(), p.end())));
    return new TermPromotion.Term(term.term(), side, spans, kind.id());
  }

  /**
   * The frame the lexicon gives the name {@code words} when it knows it and the codebook has that
   * frame, else "other".
   */
  TagKind defaultFrame(String words) {
    String id = "other";
    List<EquivalenceLexicon.Hit> hits = lexicon.get().find(words);
    if (hits.size() == 1
        && hits.get(0).start() == 0
        && hits.get(0).end() == words.length()
        && !lexicon.get().frame(hits.get(0).referent()).isEmpty()) {
      id = lexicon.get().frame(hits.get(0).referent());
    }
    String wanted = id;
    return frames.stream()
        .filter(k -> k.id().equals(wanted))
        .findFirst()
        .or(() -> frames.stream().filter(k -> k.id().equals("other")).findFirst())
        .orElse(null);
  }

  private Term picked(Side side) {
    return side == Side.A ? pickedA.get() : pickedB.get();
  }

  /** The words essay A prefers, most distinctive first. */
  public ObservableList<Term> a() {
    return a;
  }

  /** The words essay B prefers, most distinctive first. */
  public ObservableList<Term> b() {
    return b;
  }

  public ObservableList<Term> list(Side side) {
    return side == Side.A ? a : b;
  }

  /** The codebook's frames, to choose the one a promoted word is tagged with. */
  public ObservableList<TagKind> frames() {
    return frames;
  }

  /** What the lists are waiting for, or why they are empty; blank when they are shown. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** What side {@code side} is called (its perspective, else its title). */
  public ReadOnlyStringProperty nameProperty(Side side) {
    return (side == Side.A ? nameA : nameB).getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Term> pickedProperty(Side side) {
    return (side == Side.A ? pickedA : pickedB).getReadOnlyProperty();
  }

  /** The list whose word was picked last: the word shown and tagged. */
  public ReadOnlyObjectProperty<Side> currentProperty() {
    return current.getReadOnlyProperty();
  }

  /** Where the word picked last occurs in each essay (none when nothing is picked). */
  public ReadOnlyObjectProperty<TermPlaces.Found> foundProperty() {
    return found.getReadOnlyProperty();
  }

  /** The frame a promoted word is tagged with; the lexicon's frame for a picked name. */
  public ObjectProperty<TagKind> frameProperty() {
    return frame;
  }

  public BooleanBinding canPromote() {
    return canPromote;
  }

  public BooleanBinding canPair() {
    return canPair;
  }

  /** The largest |z| of both lists, so bars of both sides share one scale. */
  public double largestZ() {
    return Math.max(
        a.stream().mapToDouble(t -> Math.abs(t.z())).max().orElse(0),
        b.stream().mapToDouble(t -> Math.abs(t.z())).max().orElse(0));
  }
}
