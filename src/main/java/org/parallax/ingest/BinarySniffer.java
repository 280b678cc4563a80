package org.parallax.ingest;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Recognises bytes that are not text: well-known file signatures (images, archives, office
 * documents) and content full of NUL or control bytes.
 */
final class BinarySniffer {

  private static final int SAMPLE = 8192;
  private static final int STRETCH = 1024;

  private BinarySniffer() {}

  /** Whether the bytes start like a PDF file. */
  static boolean looksLikePdf(byte[] bytes) {
    return startsWith(bytes, '%', 'P', 'D', 'F', '-');
  }

  /**
   * Describes what binary content the bytes seem to be ("an image", "a compressed archive"), or
   * empty if they look like text.
   */
  static Optional<String> describeBinary(byte[] bytes) {
    if (startsWith(bytes, 0x89, 'P', 'N', 'G')
        || startsWith(bytes, 0xFF, 0xD8, 0xFF)
        || startsWith(bytes, 'G', 'I', 'F', '8')
        || (startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length > 12 && bytes[8] == 'W')) {
      return Optional.of("an image");
    }
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      return Optional.of("a compressed archive (such as a zip file or a Word document)");
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
      return Optional.of("an old-style Office document");
    }
    if (TextDecoder.hasUtf16Bom(bytes) || TextDecoder.bomlessUtf16(bytes) != null) {
      return Optional.empty();
    }
    int sample = Math.min(bytes.length, SAMPLE);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("a binary file");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (sample > 0 && control * 20 > sample) {
      return Optional.of("a binary file");
    }
    return Optional.empty();
  }

  /**
   * Where binary content begins in decoded {@code text}, looking at all of it: at the first NUL, or
   * in the first stretch of {@value #STRETCH} characters of which more than one in twenty are
   * control characters or replacement marks (U+FFFD, bytes no encoding could read), at its first
   * such character. Empty when the whole text reads as text; a few stray control characters (a
   * terminal colour code pasted into an essay) are not binary.
   */
  static OptionalInt binaryFrom(String text) {
    int nul = text.indexOf('\0');
    int limit = nul < 0 ? text.length() : nul;
    for (int start = 0; start < limit; start += STRETCH) {
      int end = Math.min(limit, start + STRETCH);
      int bad = 0;
      int first = -1;
      for (int i = start; i < end; i++) {
        if (isBad(text.charAt(i))) {
          bad++;
          first = first < 0 ? i : first;
        }
      }
      if (bad * 20 > STRETCH) {
        return OptionalInt.of(first);
      }
    }
    return nul < 0 ? OptionalInt.empty() : OptionalInt.of(nul);
  }

  private static boolean isBad(char c) {
    return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        || (c >= 0x7F && c <= 0x9F && c != 0x85)
        || c == '\uFFFD';
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
