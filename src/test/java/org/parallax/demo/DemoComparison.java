package org.parallax.demo;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentResult;
import org.parallax.align.AlignmentSettings;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.ingest.BundledSeed;
import org.parallax.ingest.Importer;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.segment.Segmenter;
import org.parallax.store.ComparisonStore;
import org.parallax.tagging.EditHistory;
import org.parallax.tagging.Edits;
import org.parallax.tagging.LexiconTerms;
import org.parallax.task.Progress;

/**
 * Builds the demonstration comparison shipped in {@code docs/demo/} (the seed beside the
 * counterpart written for the project, {@code karabakh-counterpart.txt}) through the real core:
 * links confirmed with every relation, notes, and framing terms paired across the essays. The
 * README screenshot is taken from it ({@code docs/screenshot/make-screenshot.sh}).
 *
 * <p>{@code DemoComparison [OUT.parallax.json]}; run it again only when the format or the aligner
 * changed, and look at the result before committing it.
 */
public final class DemoComparison {
  static final Path FILE = Path.of("docs/demo/karabakh-two-perspectives.parallax.json");
  static final String TITLE = "Karabakh, September 2023: two perspectives";
  static final String READER = "Parallax demo";

  /**
   * The relation given to each of the best suggestions, with a note on some; the rest stay
   * suggestions. The relations show every kind in the window; they are a demonstration, not a
   * reading of these claims.
   */
  private static final String[][] TAGS = {
    {"agree", "Demonstration note: a reader's comment on this link."},
    {"reframe", ""},
    {"contradict", "Demonstration note: notes are searched by the Links filter."},
    {"partial", ""},
    {"agree", ""},
    {"reframe", "Demonstration note."},
  };

  private DemoComparison() {}

  public static void main(String[] args) throws Exception {
    Path out = args.length > 0 ? Path.of(args[0]) : FILE;
    Document a = BundledSeed.load();
    String counterpart;
    try (InputStream in =
        DemoComparison.class.getResourceAsStream("/org/parallax/ui/karabakh-counterpart.txt")) {
      counterpart = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Document b = new Importer().importText(counterpart, true);
    Segmenter segmenter = new Segmenter();
    List<Claim> claimsA = segmenter.segment(a, Side.A);
    List<Claim> claimsB = segmenter.segment(b, Side.B);
    AlignmentResult result =
        new Aligner(AlignmentSettings.defaults()).align(a, claimsA, b, claimsB, Progress.NONE);
    List<Claim> claims = new ArrayList<>(claimsA);
    claims.addAll(claimsB);
    Instant now = Instant.parse("2026-11-25T10:00:00Z");
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    Comparison start =
        new Comparison(
            TITLE,
            READER,
            a,
            b,
            claims,
            result.suggestionsMadeAt(now),
            List.of(),
            Codebook.defaults(),
            now,
            now);
    EditHistory history = new EditHistory(start, true);
    Edits edits = new Edits(clock, READER);
    history.apply(
        edits.describeDocument(
            history.current(), Side.B, b.metadata().title(), List.of(), "Armenian perspective"));
    List<Link> best =
        result.suggestions().stream()
            .sorted(Comparator.comparingDouble(Link::score).reversed())
            .limit(TAGS.length)
            .toList();
    for (int i = 0; i < best.size(); i++) {
      String id = best.get(i).id();
      history.apply(edits.accept(history.current(), id));
      history.apply(edits.setRelation(history.current(), id, TAGS[i][0]));
      if (!TAGS[i][1].isEmpty()) {
        history.apply(edits.setNote(history.current(), id, TAGS[i][1]));
      }
    }
    List<TermTag> suggested =
        LexiconTerms.suggest(history.current(), EquivalenceLexicon.bundled(), clock);
    history.apply(edits.addTermSuggestions(history.current(), suggested));
    for (TermTag term : history.current().terms().stream().limit(8).toList()) {
      history.apply(edits.acceptTermSuggestion(history.current(), term.id()));
      history.apply(edits.setTermFrame(history.current(), term.id(), "cultural_identity"));
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    new ComparisonStore().save(history.current(), out);
    System.out.println(
        "wrote "
            + out
            + ": "
            + history.current().links().size()
            + " links, "
            + history.current().terms().size()
            + " terms");
  }
}
