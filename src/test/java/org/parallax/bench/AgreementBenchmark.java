package org.parallax.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.parallax.agreement.StudentComparison;
import org.parallax.ingest.BundledSeed;
import org.parallax.ingest.Importer;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;
import org.parallax.store.ComparisonStore;
import org.parallax.task.Progress;

/**
 * Times comparing 30 students' files of the seed pair (the bundled seed and the Karabakh
 * counterpart fixture) with a key: loading, placing, the agreement table and the consensus. Each
 * student links most counterpart claims to a claim near the matching place of the seed, with a
 * relation that mostly follows a pattern; every third splits the seed into claims of two sentences;
 * some join two counterpart claims in one link. A second run has five of the files with a corrected
 * word in the seed, so they are re-anchored. Section {@code agreement} of docs/benchmarks.md.
 */
public final class AgreementBenchmark implements Benchmark {
  private static final int STUDENTS = 30;
  private static final int EDITED = 5;
  private static final int WARM_UP = 2;
  private static final int ROUNDS = 7;
  private static final String[] RELATIONS = {"agree", "contradict", "reframe", "partial"};
  private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");

  @Override
  public String name() {
    return "agreement";
  }

  @Override
  public String run() throws Exception {
    Document seed = BundledSeed.load();
    Document counterpart =
        new Importer()
            .importFile(
                Path.of(
                    AgreementBenchmark.class
                        .getResource("/org/parallax/ui/karabakh-counterpart.txt")
                        .toURI()),
                true);
    Path dir = Files.createTempDirectory("parallax-agreement-bench");
    StringBuilder md = new StringBuilder("## Comparing students' files\n\n");
    List<Claim> unitsA = new Segmenter().segment(seed, Side.A);
    List<Claim> unitsB = new Segmenter().segment(counterpart, Side.B);
    md.append(
        String.format(
            Locale.ROOT,
            "%d students' files and a key on the seed pair (the bundled seed, %,d characters and"
                + " %d claims, against the Karabakh counterpart fixture, %,d characters and %d"
                + " claims), compared with `StudentComparison.compare`: reading every file as the"
                + " app opens it, the agreement table and the consensus. %d warm-up rounds, then"
                + " the median of %d. %s.%n%n",
            STUDENTS,
            seed.text().length(),
            unitsA.size(),
            counterpart.text().length(),
            unitsB.size(),
            WARM_UP,
            ROUNDS,
            Benchmarks.environment()));
    md.append("| files | median | min | max | target |\n|---|---|---|---|---|\n");
    try {
      for (int edited : new int[] {0, EDITED}) {
        List<Path> files = new ArrayList<>();
        ComparisonStore store = new ComparisonStore();
        Path key = dir.resolve("key.parallax.json");
        store.save(student(-1, seed, counterpart, false), key);
        for (int s = 0; s < STUDENTS; s++) {
          Path file = dir.resolve("student-" + s + ".parallax.json");
          store.save(student(s, seed, counterpart, s < edited), file);
          files.add(file);
        }
        List<Double> times = new ArrayList<>();
        int units = 0;
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
          long t0 = System.nanoTime();
          StudentComparison compared = StudentComparison.compare(files, key, Progress.NONE);
          long t1 = System.nanoTime();
          if (!compared.usable() || !compared.loaded().skipped().isEmpty()) {
            throw new IllegalStateException("a generated file was left out");
          }
          units = compared.report().units();
          if (i >= WARM_UP) {
            times.add((t1 - t0) / 1e6);
          }
        }
        System.out.printf(
            Locale.ROOT, "%d edited: median %.0f ms%n", edited, Benchmarks.median(times));
        md.append(
            String.format(
                Locale.ROOT,
                "| %d, %s; %d claim pairs | %.0f ms | %.0f ms | %.0f ms | ≤ 2 s |%n",
                STUDENTS,
                edited == 0
                    ? "all of the same texts"
                    : edited + " with a corrected word (re-anchored)",
                units,
                Benchmarks.median(times),
                Collections.min(times),
                Collections.max(times)));
      }
    } finally {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    md.append(
        "\nRun alone: `mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test"
            + " -Dexec.mainClass=org.parallax.bench.AgreementBenchmark`.\n");
    return md.toString();
  }

  /** Student {@code s}'s comparison ({@code -1}: the key, which follows the pattern exactly). */
  static Comparison student(int s, Document seed, Document counterpart, boolean edited) {
    Document a = edited ? corrected(seed) : seed;
    Segmenter segmenter = new Segmenter();
    List<Claim> as = segmenter.segment(a, Side.A);
    if (s >= 0 && s % 3 == 1) {
      as = twoByTwo(as);
    }
    List<Claim> bs = segmenter.segment(counterpart, Side.B);
    Random random = new Random(s + 17L);
    boolean key = s < 0;
    List<Link> links = new ArrayList<>();
    for (int j = 0; j < bs.size(); j++) {
      if (!key && random.nextDouble() < 0.2) {
        continue;
      }
      int place = (int) Math.round((double) j * (as.size() - 1) / Math.max(1, bs.size() - 1));
      double r = key ? 0.5 : random.nextDouble();
      int i = Math.max(0, Math.min(as.size() - 1, place + (r < 0.15 ? -1 : r > 0.85 ? 1 : 0)));
      List<String> b = new ArrayList<>(List.of(bs.get(j).id()));
      if (!key && j + 1 < bs.size() && random.nextDouble() < 0.1) {
        b.add(bs.get(++j).id());
      }
      String relation =
          key || random.nextDouble() < 0.7
              ? RELATIONS[j % RELATIONS.length]
              : RELATIONS[random.nextInt(RELATIONS.length)];
      String name = key ? "teacher" : "student " + s;
      links.add(
          new Link(
              "L" + (links.size() + 1),
              List.of(as.get(i).id()),
              b,
              LinkStatus.CONFIRMED,
              relation,
              0,
              List.of(),
              "",
              name,
              T0,
              T0));
    }
    List<Claim> claims = new ArrayList<>(as);
    claims.addAll(bs);
    return new Comparison(
        "Seed pair",
        key ? "teacher" : "student " + s,
        a,
        counterpart,
        claims,
        links,
        List.of(),
        Codebook.defaults(),
        T0,
        T0);
  }

  /** The seed with one word corrected near the middle: a slightly different text. */
  private static Document corrected(Document seed) {
    String text = seed.text();
    int at = text.indexOf(" the ", text.length() / 2);
    String changed = text.substring(0, at) + " this " + text.substring(at + 5);
    return new Document(changed, List.of(), seed.metadata(), seed.removed());
  }

  /** Claims of two neighbouring claims each (the last alone if odd), numbered again. */
  private static List<Claim> twoByTwo(List<Claim> claims) {
    List<Claim> joined = new ArrayList<>();
    for (int i = 0; i < claims.size(); i += 2) {
      Claim first = claims.get(i);
      Claim last = claims.get(Math.min(i + 1, claims.size() - 1));
      joined.add(new Claim("A" + (joined.size() + 1), Side.A, first.start(), last.end()));
    }
    return joined;
  }

  public static void main(String[] args) throws Exception {
    System.out.println(new AgreementBenchmark().run());
  }
}
