package org.parallax.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The text of a lexicon file (the {@link EquivalenceLexicon} format) as the reader edits it: a new
 * entry from names and a frame, another file's entries merged in without repeating what is already
 * known, an exported file, and the lines naming a frame the codebook lacks. Pure text in, text out.
 */
public final class LexiconLines {
  private static final String BUNDLED = "equivalences.tsv";

  /**
   * The reader's lines after a merge.
   *
   * @param text the reader's lines with the new entries at the end (tabs between names)
   * @param added how many entries were new
   * @param alreadyThere how many were known already (to the reader's lines or the bundled lexicon)
   */
  public record Merge(String text, int added, int alreadyThere) {}

  private LexiconLines() {}

  /** One entry's line: its names with tabs between them, then {@code frame:ID} when it has one. */
  public static String entry(List<String> names, String frame) {
    String line = String.join("\t", names.stream().map(String::strip).toList());
    return frame == null || frame.isBlank() ? line : line + "\tframe:" + frame.strip();
  }

  /**
   * {@code readers} with every entry of {@code imported} that {@code known} (the bundled lexicon)
   * plus {@code readers} do not hold already: an entry is known when one referent has all its names
   * (case ignored) and the same frame, or it gives none. Comments and one-name lines of {@code
   * imported} are left out; new entries keep their order, each written once. An entry the reader's
   * lines already hold as it stands counts as known too, so importing one file twice adds nothing
   * the second time, even where entries sharing a name joined into one referent with another frame.
   */
  public static Merge merge(String readers, String imported, EquivalenceLexicon known) {
    Known so = new Known(with(known, readers));
    Set<String> written = new HashSet<>();
    readers
        .lines()
        .filter(EquivalenceLexicon::isEntry)
        .forEach(
            line ->
                written.add(
                    asWritten(EquivalenceLexicon.namesOn(line), EquivalenceLexicon.frameOn(line))));
    StringBuilder text = new StringBuilder(readers.stripTrailing());
    int added = 0;
    int there = 0;
    for (String line : imported.lines().toList()) {
      List<String> names = EquivalenceLexicon.namesOn(line);
      if (!EquivalenceLexicon.isEntry(line) || names.size() < 2) {
        continue;
      }
      String frame = EquivalenceLexicon.frameOn(line);
      if (so.holds(names, frame) || !written.add(asWritten(names, frame))) {
        there++;
        continue;
      }
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(entry(names, frame));
      so.add(names, frame);
      added++;
    }
    return new Merge(text.toString(), added, there);
  }

  /** An entry as a line would write it, whatever the order and case of its names. */
  private static String asWritten(List<String> names, String frame) {
    return new TreeSet<>(names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList())
        + "|"
        + frame;
  }

  /**
   * A lexicon file of the reader's lines, after a header saying what it is; with {@code
   * withBundled} the bundled lexicon's entries come first (comments left out), so the file stands
   * alone.
   */
  public static String export(String readers, boolean withBundled) {
    StringBuilder out = new StringBuilder();
    out.append("# Parallax lexicon: one referent a line, its names separated by tabs;\n")
        .append("# an optional field frame:ID gives the frame its names are suggested with.\n");
    if (withBundled) {
      out.append("# Built into Parallax:\n");
      bundledEntries().forEach(line -> out.append(line).append('\n'));
      out.append("# The reader's own:\n");
    }
    readers.lines().map(String::strip).forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  /** The bundled lexicon's entry lines, without its comments, as the file has them. */
  public static List<String> bundledEntries() {
    try (InputStream in = EquivalenceLexicon.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled equivalence lexicon is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(EquivalenceLexicon::isEntry)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One message a line whose {@code frame:ID} field names no frame of {@code frames} (the
   * codebook's frame ids), listing the ones there are.
   */
  public static List<String> frameProblems(String text, Collection<String> frames) {
    Set<String> known = new TreeSet<>(frames);
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String frame =
          EquivalenceLexicon.isEntry(lines[i]) ? EquivalenceLexicon.frameOn(lines[i]) : "";
      if (!frame.isEmpty() && !known.contains(frame)) {
        problems.add(
            "Line "
                + (i + 1)
                + " names a frame the codebook does not have ("
                + frame
                + "): use one of "
                + known.stream().map(f -> "frame:" + f).collect(Collectors.joining(", "))
                + ".");
      }
    }
    return problems;
  }

  /** The referents known so far, found by any of their names (case ignored). */
  private static final class Known {
    private final List<Set<String>> names = new ArrayList<>();
    private final List<String> frames = new ArrayList<>();
    private final Map<String, Integer> byName = new HashMap<>();

    Known(EquivalenceLexicon lexicon) {
      for (int r = 0; r < lexicon.size(); r++) {
        add(lexicon.names(r), lexicon.frame(r));
      }
    }

    void add(List<String> referent, String frame) {
      Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      set.addAll(referent);
      for (String name : referent) {
        byName.putIfAbsent(name.toLowerCase(Locale.ROOT), names.size());
      }
      names.add(set);
      frames.add(frame);
    }

    boolean holds(List<String> referent, String frame) {
      Integer r = byName.get(referent.get(0).toLowerCase(Locale.ROOT));
      return r != null
          && names.get(r).containsAll(referent)
          && (frame.isEmpty() || frame.equals(frames.get(r)));
    }
  }

  private static EquivalenceLexicon with(EquivalenceLexicon lexicon, String lines) {
    try {
      return lexicon.with(new StringReader(lines));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }
}
