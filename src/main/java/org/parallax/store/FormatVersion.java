package org.parallax.store;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file format version {@code MAJOR.MINOR}, written as a JSON string such as {@code "1.1"}. A
 * newer minor version only adds fields, which an older reader keeps untouched; a newer major
 * version may change meanings and is refused.
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {

  /** The version this build writes. */
  public static final FormatVersion CURRENT = new FormatVersion(1, 3);

  /** The first published version: spans had plain {@code start}/{@code end}, no selectors. */
  public static final FormatVersion V1_0 = new FormatVersion(1, 0);

  /** Selectors and orphans; no discussion prompts. */
  public static final FormatVersion V1_1 = new FormatVersion(1, 1);

  /** Discussion prompts; links have no suggested relation. */
  public static final FormatVersion V1_2 = new FormatVersion(1, 2);

  private static final Pattern SHAPE = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

  /** Parses {@code "1.1"}; empty if the text is not of the form MAJOR.MINOR. */
  public static Optional<FormatVersion> parse(String text) {
    Matcher m = SHAPE.matcher(text == null ? "" : text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new FormatVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  @Override
  public int compareTo(FormatVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
