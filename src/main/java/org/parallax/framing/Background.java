package org.parallax.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.parallax.align.EquivalenceLexicon;

/**
 * How common words are in general English, for the prior of {@link LogOdds}: the probability of a
 * term's key in running text. A word's probability is its count over the list's total (words with
 * one key, such as "measure" and "measures", add up); a word the list lacks gets half the rarest
 * listed word's; a phrase's probability is the product of its words' (as if words were
 * independent). The shipped list ({@code english-frequencies.tsv}, 30,000 words, licence beside it)
 * is read once, when first needed. Immutable and thread-safe.
 */
final class Background {
  /** The shipped list is under 400 kB; a list longer than this is cut off. */
  private static final int MAX_LINES = 100_000;

  private final Map<String, Double> probability;
  private final double unknown;

  private Background(Map<String, Double> probability, double unknown) {
    this.probability = probability;
    this.unknown = unknown;
  }

  /** General English, from the shipped list. */
  static Background english() {
    return English.LIST;
  }

  /** The background of a list of {@code word TAB count} lines ({@code #} starts a comment). */
  static Background read(Reader reader) throws IOException {
    Tokens tokens = new Tokens(EquivalenceLexicon.parse(Reader.nullReader()));
    Map<String, Long> counts = new HashMap<>();
    long total = 0;
    long rarest = Long.MAX_VALUE;
    BufferedReader lines = new BufferedReader(reader);
    int read = 0;
    for (String line = lines.readLine();
        line != null && read < MAX_LINES;
        line = lines.readLine()) {
      int tab = line.indexOf('\t');
      if (line.startsWith("#") || tab <= 0) {
        continue;
      }
      read++;
      long count = Long.parseLong(line.substring(tab + 1).strip());
      counts.merge(tokens.keyOf(line.substring(0, tab).strip()), count, Long::sum);
      total += count;
      rarest = Math.min(rarest, count);
    }
    Map<String, Double> probability = new HashMap<>(counts.size() * 2);
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      probability.put(e.getKey(), e.getValue() / (double) total);
    }
    return new Background(probability, total == 0 ? 1 : rarest / 2.0 / total);
  }

  /** The probability of the term with {@code key} (words between single spaces). */
  double of(String key) {
    double p = 1;
    int start = 0;
    while (true) {
      int space = key.indexOf(' ', start);
      String word = space < 0 ? key.substring(start) : key.substring(start, space);
      p *= probability.getOrDefault(word, unknown);
      if (space < 0) {
        return p;
      }
      start = space + 1;
    }
  }

  /** The shipped list, read when first asked for. */
  private static final class English {
    static final Background LIST = load();

    private static Background load() {
      try (InputStream in = Background.class.getResourceAsStream("english-frequencies.tsv")) {
        if (in == null) {
          throw new IllegalStateException("the English frequency list is missing");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
