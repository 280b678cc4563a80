package org.parallax.store;

/**
 * How much the loader accepts before it refuses a file as unreasonable. The defaults are far above
 * any real comparison (a long essay is well under a million characters) and far below what would
 * exhaust memory; a string may be longer than the largest essay Parallax imports (20 MB), so that
 * every comparison it saves opens again.
 *
 * @param maxFileBytes largest file opened at all, checked before reading
 * @param maxStringLength longest single JSON string, in characters
 * @param maxNestingDepth deepest nesting of arrays and objects
 * @param maxEntries most claims, links, terms or orphans in one list (two essays of 200,000 words,
 *     the longest Parallax aligns, make at most 400,000 claims)
 */
public record Limits(long maxFileBytes, int maxStringLength, int maxNestingDepth, int maxEntries) {

  /**
   * 256 MB files, 32 million characters per string, 100 levels of nesting, 500,000 entries per
   * list.
   */
  public static final Limits DEFAULT = new Limits(256L * 1024 * 1024, 32_000_000, 100, 500_000);
}
