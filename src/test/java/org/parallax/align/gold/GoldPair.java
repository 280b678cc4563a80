package org.parallax.align.gold;

import java.util.List;
import org.parallax.model.Side;

/**
 * One essay pair of the gold set.
 *
 * @param name the pair's folder name, such as {@code alder-dam}
 * @param aText the full text of {@code a.txt}: title line, blank line, paragraphs
 * @param bText the full text of {@code b.txt}
 * @param links the gold links in file order
 * @param equivalences names that the two sides use for the same referent
 */
public record GoldPair(
    String name, String aText, String bText, List<GoldLink> links, List<Equivalence> equivalences) {

  /** A contested name pair: {@code a} as essay A writes it, {@code b} as essay B writes it. */
  public record Equivalence(String a, String b) {}

  public GoldPair {
    links = List.copyOf(links);
    equivalences = List.copyOf(equivalences);
  }

  /** The text of {@code side}. */
  public String text(Side side) {
    return side == Side.A ? aText : bText;
  }

  /** The pair's name, so that test reports stay short. */
  @Override
  public String toString() {
    return name;
  }

  /** The file name that holds {@code side}'s text, for messages. */
  public static String fileName(Side side) {
    return side == Side.A ? "a.txt" : "b.txt";
  }
}
