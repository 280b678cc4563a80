package org.parallax.files;

import java.util.Locale;

/**
 * Sizes in words, always in the same units: MB and GB of 1,024 × 1,024 bytes, with exact byte
 * counts when one decimal would make a size and its limit look alike.
 */
public final class Sizes {
  private Sizes() {}

  /** "25.3 MB", "1.0 GB", "912 bytes". */
  public static String of(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
    if (bytes >= 1L << 10) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / (double) (1L << 10));
    }
    return bytes + (bytes == 1 ? " byte" : " bytes");
  }

  /** A limit: "20 MB" when it is a whole number of MB, else as {@link #of}. */
  public static String limit(long bytes) {
    if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MB";
    }
    return of(bytes);
  }

  /**
   * "25.3 MB, over the 20 MB limit"; when the two read alike, the bytes: "20,971,521 bytes, over
   * the limit of 20,971,520 bytes (20 MB)".
   */
  public static String over(long size, long limit) {
    if (of(size).equals(of(limit))) {
      return String.format(
          Locale.ROOT, "%,d bytes, over the limit of %,d bytes (%s)", size, limit, limit(limit));
    }
    return of(size) + ", over the " + limit(limit) + " limit";
  }
}
