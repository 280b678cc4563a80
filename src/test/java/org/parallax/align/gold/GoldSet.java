package org.parallax.align.gold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * All gold pairs on the test classpath under {@code /gold/}. The pairs are listed, one folder name
 * a line, in {@code /gold/pairs.txt}; each folder holds {@code a.txt}, {@code b.txt}, {@code
 * links.tsv} and {@code equivalences.tsv} (see {@code gold/README.md}).
 */
public record GoldSet(List<GoldPair> pairs) {

  public GoldSet {
    pairs = List.copyOf(pairs);
  }

  /** Loads every listed pair; fails with a message naming the file and line of any defect. */
  public static GoldSet load() {
    List<GoldPair> pairs = new ArrayList<>();
    for (String name : lines(read("pairs.txt"))) {
      pairs.add(loadPair(name));
    }
    return new GoldSet(pairs);
  }

  /** Loads the pair in folder {@code name}. */
  public static GoldPair loadPair(String name) {
    String links = read(name + "/links.tsv");
    String equivalences = read(name + "/equivalences.tsv");
    return new GoldPair(
        name,
        read(name + "/a.txt"),
        read(name + "/b.txt"),
        GoldFiles.parseLinks(name + "/links.tsv", links),
        GoldFiles.parseEquivalences(name + "/equivalences.tsv", equivalences));
  }

  /** The pair called {@code name}. */
  public GoldPair pair(String name) {
    return pairs.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no gold pair named '" + name + "'"));
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\n"))
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static String read(String path) {
    try (InputStream in = GoldSet.class.getResourceAsStream("/gold/" + path)) {
      if (in == null) {
        throw new IllegalStateException("gold file gold/" + path + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file gold/" + path, e);
    }
  }
}
