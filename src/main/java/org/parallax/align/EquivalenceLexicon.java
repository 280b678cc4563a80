package org.parallax.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that different sides use for one referent ("Khankendi", "Xankəndi", "Stepanakert"), so that
 * contested names count as the same thing when claims are compared. The bundled lexicon is the
 * resource {@code equivalences.tsv} beside this class; users add entries from a file of the same
 * format: one referent per line, its names separated by tabs (or by {@code =} in a line without
 * tabs, as the window shows them), optionally a field {@code frame:ID} giving the frame its names
 * are suggested with, {@code #} starting a comment line. A line that shares a name with an existing
 * referent joins it. Matching ignores case, the punctuation between words and the difference
 * between Azerbaijani and English spellings ({@link SpellingKey}: "Şuşa" finds "Shusha"); the
 * longest name that fits wins. Immutable and thread-safe.
 */
public final class EquivalenceLexicon {

  /** A name of referent {@code referent} found at {@code [start, end)}. */
  public record Hit(int referent, int start, int end) {}

  private record Name(List<String> words, int referent) {}

  /** A referent while a lexicon is read: its names, and its frame ("" when no line gave one). */
  private static final class Entry {
    final Set<String> names = new LinkedHashSet<>();
    String frame = "";
  }

  private static final Pattern FRAME_FIELD = Pattern.compile("frame:\\s*([\\p{L}\\p{N}_]+)");

  private final List<List<String>> referents;
  private final List<String> frames;
  private final Map<String, List<Name>> byFirstWord = new HashMap<>();

  private EquivalenceLexicon(List<Entry> entries) {
    this.referents = entries.stream().map(e -> List.copyOf(e.names)).toList();
    this.frames = entries.stream().map(e -> e.frame).toList();
    for (int r = 0; r < this.referents.size(); r++) {
      for (String name : this.referents.get(r)) {
        List<String> words = keys(Words.of(name));
        if (!words.isEmpty()) {
          byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Name(words, r));
        }
      }
    }
    byFirstWord.values().forEach(l -> l.sort((x, y) -> y.words().size() - x.words().size()));
  }

  /**
   * The lexicon that ships with Parallax, read once: a lexicon never changes once made, and the
   * window asks for it each time a tab or a term needs names.
   */
  public static EquivalenceLexicon bundled() {
    return Bundled.LEXICON;
  }

  /** Holds the bundled lexicon, read when it is first asked for. */
  private static final class Bundled {
    static final EquivalenceLexicon LEXICON = read();

    private Bundled() {}
  }

  private static EquivalenceLexicon read() {
    try (InputStream in = EquivalenceLexicon.class.getResourceAsStream("equivalences.tsv")) {
      if (in == null) {
        throw new IllegalStateException("the bundled equivalence lexicon is missing");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A lexicon of the lines read from {@code reader} (format above). */
  public static EquivalenceLexicon parse(Reader reader) throws IOException {
    return new EquivalenceLexicon(List.<Entry>of()).with(reader);
  }

  /** Two lexicons are equal when they hold the same referents, names and frames, in order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof EquivalenceLexicon that
        && referents.equals(that.referents)
        && frames.equals(that.frames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(referents, frames);
  }

  /** This lexicon plus the entries read from {@code reader}. */
  public EquivalenceLexicon with(Reader reader) throws IOException {
    List<Entry> merged = new ArrayList<>();
    for (int r = 0; r < referents.size(); r++) {
      Entry e = new Entry();
      e.names.addAll(referents.get(r));
      e.frame = frames.get(r);
      merged.add(e);
    }
    BufferedReader lines = new BufferedReader(reader);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (isEntry(line)) {
        add(merged, new LinkedHashSet<>(namesOn(line)), frameOn(line));
      }
    }
    return new EquivalenceLexicon(merged);
  }

  /**
   * What is wrong with the lines of a lexicon, one message a line at fault: a referent needs at
   * least two names (a line with one is ignored).
   */
  public static List<String> problems(String text) {
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!isEntry(lines[i])) {
        continue;
      }
      List<String> names = namesOn(lines[i]);
      if (names.size() < 2) {
        problems.add(
            "Line "
                + (i + 1)
                + " has only one name"
                + (names.isEmpty() ? "" : " (" + names.get(0) + ")")
                + ": put = between two or more names of the same place, person or event.");
      }
    }
    return problems;
  }

  /** Whether a line of a lexicon file names a referent: not blank, not a {@code #} comment. */
  public static boolean isEntry(String line) {
    return !line.isBlank() && !line.strip().startsWith("#");
  }

  /**
   * The names on one line of a lexicon file, trimmed: separated by tabs, or by {@code =} as the
   * window shows them ("Lachin road = Berdzor road").
   */
  public static List<String> namesOn(String line) {
    return Arrays.stream(line.split("[\t=]"))
        .map(String::strip)
        .filter(n -> !n.isEmpty())
        .filter(n -> !FRAME_FIELD.matcher(n).matches())
        .toList();
  }

  /**
   * The frame a line gives its referent, from a field {@code frame:ID} (an id of the codebook's
   * frames, such as {@code frame:security}); empty when it gives none. Readers before frames took
   * such a field for a name no text uses, so files with frames still open there.
   */
  public static String frameOn(String line) {
    for (String field : line.split("[\t=]")) {
      Matcher m = FRAME_FIELD.matcher(field.strip());
      if (m.matches()) {
        return m.group(1);
      }
    }
    return "";
  }

  /**
   * Adds one line's names: to the referent that shares a name with them, or as a new referent. A
   * line that shares names with several referents joins them into one, since every name on it
   * stands for the same thing.
   */
  private static void add(List<Entry> referents, Set<String> names, String frame) {
    Entry target = null;
    for (Iterator<Entry> it = referents.iterator(); it.hasNext(); ) {
      Entry referent = it.next();
      if (referent.names.stream().noneMatch(n -> names.stream().anyMatch(n::equalsIgnoreCase))) {
        continue;
      }
      if (target == null) {
        target = referent;
      } else {
        target.names.addAll(referent.names);
        if (target.frame.isEmpty()) {
          target.frame = referent.frame;
        }
        it.remove();
      }
    }
    if (target == null) {
      target = new Entry();
      referents.add(target);
    }
    target.names.addAll(names);
    if (!frame.isEmpty()) {
      target.frame = frame;
    }
  }

  /** How many referents the lexicon knows. */
  public int size() {
    return referents.size();
  }

  /**
   * The frame the lexicon gives referent {@code referent} (a codebook frame id such as {@code
   * security}), empty when none; a later line's frame (the reader's own file) wins.
   */
  public String frame(int referent) {
    return frames.get(referent);
  }

  /** The names of referent {@code referent}, the first being the one shown as canonical. */
  public List<String> names(int referent) {
    return referents.get(referent);
  }

  /** Whether {@code a} and {@code b} name the same referent. */
  public boolean equivalent(String a, String b) {
    List<Hit> ha = find(a);
    List<Hit> hb = find(b);
    return ha.size() == 1 && hb.size() == 1 && ha.get(0).referent() == hb.get(0).referent();
  }

  /** The names found in {@code text}, left to right, longest first where names overlap. */
  public List<Hit> find(String text) {
    List<Words.Word> words = Words.of(text);
    List<String> keys = keys(words);
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Name match = longestAt(keys, i);
      if (match == null) {
        i++;
        continue;
      }
      int last = i + match.words().size() - 1;
      hits.add(new Hit(match.referent(), words.get(i).start(), words.get(last).end()));
      i = last + 1;
    }
    return hits;
  }

  private Name longestAt(List<String> keys, int i) {
    for (Name name : byFirstWord.getOrDefault(keys.get(i), List.of())) {
      int n = name.words().size();
      if (i + n <= keys.size() && keys.subList(i, i + n).equals(name.words())) {
        return name;
      }
    }
    return null;
  }

  private static List<String> keys(List<Words.Word> words) {
    return words.stream().map(w -> SpellingKey.of(w.lower())).toList();
  }
}
