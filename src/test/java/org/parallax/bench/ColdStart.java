package org.parallax.bench;

import java.util.List;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentSettings;
import org.parallax.ingest.BundledSeed;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;
import org.parallax.task.Progress;

/**
 * Run in a fresh JVM by {@link AlignSpeedBenchmark}: segments and aligns the seed against the
 * ~1,500-word synthetic counterpart once, including loading the model, and prints the milliseconds.
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) {
    Document seed = BundledSeed.load();
    Document counterpart = SyntheticEssay.generate(AlignSpeedBenchmark.COUNTERPART_SEED, 1500);
    long start = System.nanoTime();
    Segmenter segmenter = new Segmenter();
    List<Claim> a = segmenter.segment(seed, Side.A);
    List<Claim> b = segmenter.segment(counterpart, Side.B);
    new Aligner(AlignmentSettings.defaults()).align(seed, a, counterpart, b, Progress.NONE);
    System.out.println("cold-ms " + (System.nanoTime() - start) / 1_000_000);
  }
}
