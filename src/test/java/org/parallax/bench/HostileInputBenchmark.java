package org.parallax.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentSettings;
import org.parallax.ingest.BundledSeed;
import org.parallax.ingest.WordLimit;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;
import org.parallax.store.ComparisonStore;
import org.parallax.store.LoadedComparison;
import org.parallax.store.Samples;
import org.parallax.task.Progress;

/**
 * How Parallax copes with inputs made to hurt it: long text without a single sentence end
 * (segmenting, then aligning without the meaning model against the seed essay), timed at 1, 2, 4
 * and 8 MB to show that time grows linearly; loading a comparison whose 2,000 quotes match nothing
 * in its text; and the largest essay imported ({@link WordLimit#MAX_WORDS} words) against the seed.
 * A fresh {@link Aligner} per run.
 */
public final class HostileInputBenchmark implements Benchmark {
  private static final int RUNS = 3;
  private static final String[] WORDS =
      ("convoy road blockade ceasefire mountain village refugees government officials mission"
              + " observers capital aid families territory sovereignty operation exodus inquiry")
          .split(" ");

  private final Segmenter segmenter = new Segmenter();

  @Override
  public String name() {
    return "hostile-input";
  }

  @Override
  public String run() throws Exception {
    StringBuilder md = new StringBuilder("## Hostile inputs\n\n");
    md.append(Benchmarks.environment()).append(". Median of ").append(RUNS).append(" runs.\n\n");
    md.append("### Text without sentence ends\n\n")
        .append(
            "One paragraph of random words from a 19-word vocabulary, no punctuation and no line"
                + " breaks (as the hostile-file generator writes it), segmented into claims and"
                + " aligned against the seed essay without the meaning model.\n\n")
        .append("| size | claims | segment | align, lexical only |\n|---|---|---|---|\n");
    Document seed = BundledSeed.load();
    List<Claim> seedClaims = segmenter.segment(seed, Side.A);
    for (int mb = 1; mb <= 8; mb *= 2) {
      Document run = unbroken(mb * 1024 * 1024);
      List<Double> segmenting = new ArrayList<>();
      List<Double> aligning = new ArrayList<>();
      List<Claim> claims = List.of();
      for (int i = 0; i <= RUNS; i++) { // the first run warms up
        long t0 = System.nanoTime();
        claims = segmenter.segment(run, Side.B);
        long t1 = System.nanoTime();
        new Aligner(AlignmentSettings.defaults().withLexicalOnly(true))
            .align(seed, seedClaims, run, claims, Progress.NONE);
        long t2 = System.nanoTime();
        if (i > 0) {
          segmenting.add((t1 - t0) / 1e9);
          aligning.add((t2 - t1) / 1e9);
        }
      }
      String row =
          String.format(
              Locale.ROOT,
              "| %d MB | %,d | %.2f s | %.2f s |",
              mb,
              claims.size(),
              Benchmarks.median(segmenting),
              Benchmarks.median(aligning));
      System.out.println(row);
      md.append(row).append('\n');
    }
    md.append("\n### Re-anchoring quotes that match nothing\n\n")
        .append(
            "A comparison whose essay A (200,000 words of the same vocabulary, 1.7 MB) holds 2,000"
                + " claims whose quotes (25 random words each) occur nowhere in it, as the"
                + " hostile-file generator writes it: `ComparisonStore.load` re-anchors every claim"
                + " and keeps it as an orphan.\n\n")
        .append("| claims | orphans | load |\n|---|---|---|\n");
    Path file = mismatchedComparison();
    try {
      ComparisonStore store = new ComparisonStore();
      List<Double> loads = new ArrayList<>();
      int orphans = 0;
      for (int i = 0; i <= RUNS; i++) {
        long t0 = System.nanoTime();
        orphans = store.load(file).orphans().size();
        if (i > 0) {
          loads.add((System.nanoTime() - t0) / 1e9);
        }
      }
      String row =
          String.format(Locale.ROOT, "| 2,000 | %,d | %.2f s |", orphans, Benchmarks.median(loads));
      System.out.println(row);
      md.append(row).append('\n');
    } finally {
      Files.deleteIfExists(file);
    }
    md.append("\n### The largest essay imported\n\n")
        .append(
            "The seed essay against a generated essay of "
                + String.format(Locale.ROOT, "%,d", WordLimit.MAX_WORDS)
                + " words (`WordLimit.MAX_WORDS`; `SyntheticEssay`), segmented and aligned, one"
                + " run after a warm-up.\n\n")
        .append("| case | claims A × B | time |\n|---|---|---|\n");
    Document largest = SyntheticEssay.generate(303, WordLimit.MAX_WORDS);
    List<Claim> largestClaims = segmenter.segment(largest, Side.B);
    for (boolean lexical : new boolean[] {true, false}) {
      AlignmentSettings settings = AlignmentSettings.defaults().withLexicalOnly(lexical);
      new Aligner(settings).align(seed, seedClaims, largest, largestClaims, Progress.NONE);
      long t0 = System.nanoTime();
      new Aligner(settings).align(seed, seedClaims, largest, largestClaims, Progress.NONE);
      String row =
          String.format(
              Locale.ROOT,
              "| seed × %,d words, %s | %d × %,d | %.2f s |",
              WordLimit.MAX_WORDS,
              lexical ? "lexical only" : "with meaning",
              seedClaims.size(),
              largestClaims.size(),
              (System.nanoTime() - t0) / 1e9);
      System.out.println(row);
      md.append(row).append('\n');
    }
    md.append("\nCommand: `mvn -B -ntp -Pbench -DskipTests verify -Dbench.names=hostile-input`.\n");
    return md.toString();
  }

  /** A saved comparison whose 2,000 side-A claims quote text found nowhere in essay A. */
  private static Path mismatchedComparison() throws Exception {
    Random random = new Random(3);
    Comparison base = Samples.small();
    Document a = unbroken(1_725_000);
    Path file = Files.createTempFile("parallax-bench", ".parallax.json");
    ComparisonStore store = new ComparisonStore();
    List<Claim> claims = new ArrayList<>(List.of(new Claim("A1", Side.A, 0, 10)));
    claims.addAll(base.claims(Side.B));
    Comparison comparison =
        new Comparison(
            base.title(),
            base.annotator(),
            a,
            base.b(),
            claims,
            List.of(),
            List.of(),
            base.codebook(),
            base.created(),
            base.modified());
    store.save(LoadedComparison.of(comparison), file);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
    ArrayNode entries = mapper.createArrayNode();
    ObjectNode template = (ObjectNode) root.withArray("claims").get(0);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder quote = new StringBuilder();
      for (int w = 0; w < 25; w++) {
        quote.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      ObjectNode claim = template.deepCopy();
      claim.put("id", "A" + (i + 1));
      ObjectNode selector = (ObjectNode) claim.get("selector");
      ((ObjectNode) selector.get("position")).put("start", i).put("end", i + quote.length());
      ((ObjectNode) selector.get("quote"))
          .put("exact", quote.toString())
          .put("prefix", "")
          .put("suffix", "");
      entries.add(claim);
    }
    root.withArray("claims")
        .forEach(
            c -> {
              if (c.get("id").asText().startsWith("B")) {
                entries.add(c);
              }
            });
    root.set("claims", entries);
    root.set("links", mapper.createArrayNode());
    mapper.writeValue(file.toFile(), root);
    return file;
  }

  /** {@code chars} characters of lower-case words and single spaces: one paragraph, no ends. */
  static Document unbroken(int chars) {
    Random random = new Random(1);
    StringBuilder text = new StringBuilder(chars + 16);
    while (text.length() < chars) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    text.setLength(chars);
    String body = text.toString().strip();
    return new Document(
        body, List.of(new Block(BlockKind.PARAGRAPH, 0, body.length())), null, null);
  }

  public static void main(String[] args) throws Exception {
    System.out.println(new HostileInputBenchmark().run());
  }
}
