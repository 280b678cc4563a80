package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.store.ComparisonStore;
import org.parallax.store.LoadedComparison;

/**
 * Random sequences of valid edits: undoing them all gives back the starting comparison, redoing
 * them all gives the edited one again, and the edited comparison survives saving and loading.
 */
class RandomEditsPropertiesTest {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final EquivalenceLexicon LEXICON = EquivalenceLexicon.bundled();
  private static final String[] NOTE_PIECES = {
    "a", "b", " ", "Z", "\"", "\\", "\n", "\t", "é", "✓", "—", "🙂", "<", "&", "{"
  };

  private final ComparisonStore store = new ComparisonStore();
  private final Edits edits = Fixtures.edits();

  @Property(tries = 300)
  void undoingEverythingRestoresTheStartAndTheResultSurvivesSaving(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int length) throws Exception {
    Comparison start = Fixtures.small();
    EditHistory history = new EditHistory(start);
    Random random = new Random(seed);
    List<String> made = new ArrayList<>();
    for (int n = 0; n < length; n++) {
      Comparison c = history.current();
      try {
        Change change = randomEdit(c, random);
        history.apply(change);
        made.add(change.description());
      } catch (IllegalArgumentException refused) {
        // The random choice was not a valid edit for this state (e.g. an overlapping term).
      }
    }
    Comparison end = history.current();

    LoadedComparison loaded = store.read(store.write(LoadedComparison.of(end)));
    assertThat(loaded.comparison()).as("saved after %s", made).isEqualTo(end);
    assertThat(loaded.orphans()).isEmpty();

    while (history.canUndo()) {
      history.undo();
    }
    assertThat(history.current()).as("undone after %s", made).isEqualTo(start);
    assertThat(history.isAtSavedPoint()).isTrue();
    while (history.canRedo()) {
      history.redo();
    }
    assertThat(history.current()).as("redone after %s", made).isEqualTo(end);
  }

  private Change randomEdit(Comparison c, Random r) {
    switch (r.nextInt(20)) {
      case 0:
        return edits.accept(c, pick(c.links(), r).id());
      case 1:
        return edits.reject(c, pick(c.links(), r).id());
      case 2:
        return edits.link(c, claimIds(c, Side.A, r), claimIds(c, Side.B, r), relation(c, r));
      case 3:
        return edits.unlink(c, pick(c.links(), r).id());
      case 4:
        return edits.setRelation(c, pick(c.links(), r).id(), relation(c, r));
      case 5:
        return edits.setNote(c, pick(c.links(), r).id(), note(r));
      case 6:
        {
          Side side = r.nextBoolean() ? Side.A : Side.B;
          int[] word = word(c.document(side).text(), r);
          return edits.addTerm(c, side, word[0], word[1], frame(c, r), note(r));
        }
      case 7:
        {
          String text = c.a().text();
          int[] word = word(text, r);
          String term = text.substring(word[0], word[1]);
          return edits.addTerms(c, TermOccurrences.find(c, term), frame(c, r));
        }
      case 8:
        return edits.setTermFrame(c, pick(c.terms(), r).id(), frame(c, r));
      case 9:
        return edits.setTermNote(c, pick(c.terms(), r).id(), note(r));
      case 10:
        return edits.removeTerm(c, pick(c.terms(), r).id());
      case 11:
        return edits.pairTerms(c, pickTerm(c, Side.A, r), pickTerm(c, Side.B, r));
      case 12:
        return r.nextBoolean()
            ? edits.unpairTerm(c, pick(c.terms(), r).id())
            : r.nextBoolean()
                ? edits.acceptTermSuggestion(c, pick(c.terms(), r).id())
                : edits.rejectTermSuggestion(c, pick(c.terms(), r).id());
      case 13:
        return edits.addTermSuggestions(c, LexiconTerms.suggest(c, LEXICON, Fixtures.CLOCK));
      case 14:
        {
          Claim claim = pick(c.claims(), r);
          return edits.splitClaim(
              c, claim.id(), claim.start() + 1 + r.nextInt(claim.end() - claim.start()));
        }
      case 15:
        {
          List<Claim> side = c.claims(r.nextBoolean() ? Side.A : Side.B);
          int i = r.nextInt(side.size());
          return edits.mergeClaims(
              c, side.get(i).id(), side.get(Math.min(i + 1, side.size() - 1)).id());
        }
      case 16:
        {
          TagTarget target = r.nextBoolean() ? TagTarget.LINK : TagTarget.TERM;
          String label = note(r);
          return edits.addKind(
              c, new TagKind(Edits.newKindId(c, target, label), target, label, "#a0b0c0", note(r)));
        }
      case 17:
        {
          TagKind kind = pick(c.codebook().kinds(), r);
          return r.nextBoolean()
              ? edits.renameKind(c, kind.target(), kind.id(), note(r))
              : edits.recolourKind(
                  c, kind.target(), kind.id(), r.nextBoolean() ? "#123" : "#fedcba");
        }
      default:
        {
          TagKind kind = pick(c.codebook().kinds(), r);
          Optional<String> other =
              r.nextBoolean()
                  ? Optional.empty()
                  : Optional.of(pick(c.codebook().kinds(kind.target()), r).id());
          return edits.deleteKind(c, kind.target(), kind.id(), other);
        }
    }
  }

  private static <T> T pick(List<T> items, Random r) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick");
    }
    return items.get(r.nextInt(items.size()));
  }

  private static List<String> claimIds(Comparison c, Side side, Random r) {
    List<String> ids = new ArrayList<>();
    for (int n = 1 + r.nextInt(2); n > 0; n--) {
      ids.add(pick(c.claims(side), r).id());
    }
    return ids;
  }

  private static String pickTerm(Comparison c, Side side, Random r) {
    return pick(c.terms().stream().filter(t -> t.side() == side).toList(), r).id();
  }

  private static String relation(Comparison c, Random r) {
    List<TagKind> kinds = c.codebook().kinds(TagTarget.LINK);
    int i = r.nextInt(kinds.size() + 1);
    return i == kinds.size() ? "" : kinds.get(i).id();
  }

  private static String frame(Comparison c, Random r) {
    return pick(c.codebook().kinds(TagTarget.TERM), r).id();
  }

  private static String note(Random r) {
    StringBuilder note = new StringBuilder();
    for (int n = r.nextInt(8); n > 0; n--) {
      note.append(NOTE_PIECES[r.nextInt(NOTE_PIECES.length)]);
    }
    return note.toString();
  }

  private static int[] word(String text, Random r) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    return pick(words, r);
  }
}
