package org.parallax.ingest;

import java.util.Optional;

/**
 * Recognises bytes that are not text: well-known file signatures (images, archives, office
 * documents) and content full of NUL or control bytes.
 */
final class BinarySniffer {

  private static final int SAMPLE = 8192;

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
