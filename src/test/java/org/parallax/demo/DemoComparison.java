package org.parallax.demo;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
 * Builds a tagged demonstration comparison (the seed beside the written Karabakh counterpart
 * fixture) through the real core, for screenshots: {@code DemoComparison OUT.parallax.json}.
 */
public final class DemoComparison {
  private DemoComparison() {}

  public static void main(String[] args) throws Exception {
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
    Comparison start =
        new Comparison(
            "Karabakh, September 2023: two perspectives",
            "Demo reader",
            a,
            b,
            claims,
            result.suggestions(),
            List.of(),
            Codebook.defaults(),
            now,
            now);
    EditHistory history = new EditHistory(start, true);
    Edits edits = new Edits(Clock.systemUTC(), "Demo reader");
    String[] relations = {"agree", "reframe", "contradict", "partial"};
    List<Link> top = result.suggestions().stream().limit(4).toList();
    for (int i = 0; i < top.size(); i++) {
      history.apply(edits.accept(history.current(), top.get(i).id()));
      history.apply(edits.setRelation(history.current(), top.get(i).id(), relations[i]));
    }
    List<TermTag> suggested =
        LexiconTerms.suggest(history.current(), EquivalenceLexicon.bundled(), Clock.systemUTC());
    history.apply(edits.addTermSuggestions(history.current(), suggested));
    for (TermTag term : history.current().terms().stream().limit(6).toList()) {
      history.apply(edits.acceptTermSuggestion(history.current(), term.id()));
      history.apply(edits.setTermFrame(history.current(), term.id(), "cultural_identity"));
    }
    new ComparisonStore().save(history.current(), Path.of(args[0]));
    System.out.println(
        "wrote "
            + args[0]
            + ": "
            + history.current().links().size()
            + " links, "
            + history.current().terms().size()
            + " terms");
  }
}
