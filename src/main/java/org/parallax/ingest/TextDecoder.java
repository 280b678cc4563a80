package org.parallax.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;

/**
 * Turns the bytes of a text file into a string: a byte-order mark wins, then strict UTF-8 if the
 * bytes are valid UTF-8, then ICU's statistical charset detection (Windows-1252 and friends).
 */
final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** Decodes {@code bytes}, dropping any byte-order mark. */
  static String decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes {@code bytes}; {@code declared} (such as an HTML meta charset) is used when there is no
   * byte-order mark and the bytes are not valid UTF-8.
   */
  static String decode(byte[] bytes, String declared) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    Charset utf16 = bomlessUtf16(bytes);
    if (utf16 != null) {
      return new String(bytes, utf16);
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return utf8;
    }
    Charset charset = charsetNamed(declared);
    if (charset == null) {
      charset = detect(bytes);
    }
    return new String(bytes, charset);
  }

  /** Whether the bytes begin with a UTF-16 byte-order mark (such text legitimately has NULs). */
  static boolean hasUtf16Bom(byte[] bytes) {
    return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
  }

  /**
   * UTF-16 without a byte-order mark, as some Windows tools save it: in text that is mostly Latin
   * letters every other byte is zero (the odd ones in little-endian, the even ones in big-endian).
   * Null when the bytes do not look like that.
   */
  static Charset bomlessUtf16(byte[] bytes) {
    int sample = Math.min(bytes.length, 4096) & ~1;
    if (sample < 8) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < sample; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          zeroEven++;
        } else {
          zeroOdd++;
        }
      }
    }
    int pairs = sample / 2;
    if (zeroOdd * 10 >= pairs * 7 && zeroEven * 20 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroEven * 10 >= pairs * 7 && zeroOdd * 20 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(Arrays.copyOf(bytes, Math.min(bytes.length, 64 * 1024)));
    CharsetMatch match = detector.detect();
    Charset charset = match == null ? null : charsetNamed(match.getName());
    if (charset == null || charset.equals(StandardCharsets.ISO_8859_1)) {
      // Latin-1 proper almost never occurs in the wild; its C1 range is Windows-1252 punctuation.
      return WINDOWS_1252;
    }
    return charset;
  }

  private static Charset charsetNamed(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
