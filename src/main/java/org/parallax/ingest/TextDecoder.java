package org.parallax.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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

  /**
   * Bytes that are not valid in the encoding their byte-order mark or their page declares.
   *
   * @param encoding the encoding's name
   * @param line the line (from 1) where the first damaged character is
   * @param byteOffset the offset of the first damaged byte
   */
  static final class Damaged extends Exception {
    private static final long serialVersionUID = 1L;
    final String encoding;
    final int line;
    final long byteOffset;

    Damaged(String encoding, int line, long byteOffset) {
      super(encoding + " damaged at line " + line);
      this.encoding = encoding;
      this.line = line;
      this.byteOffset = byteOffset;
    }
  }

  /** Decodes {@code bytes} for a look at their content only; damaged bytes become U+FFFD. */
  static String decodeLeniently(byte[] bytes) {
    try {
      return decode(bytes, null);
    } catch (Damaged e) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * Decodes {@code bytes}, dropping any byte-order mark; {@code declared} (such as an HTML meta
   * charset) is used when there is no byte-order mark and the bytes are not valid UTF-8. A page
   * cannot declare UTF-16 or UTF-32 in its own ASCII bytes (browsers ignore such declarations, and
   * so does this). Text in the encoding of its byte-order mark or its declaration must be valid in
   * it: nothing is replaced silently.
   *
   * @throws Damaged if the bytes are not valid in that encoding
   */
  static String decode(byte[] bytes, String declared) throws Damaged {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strictly(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strictly(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strictly(bytes, 2, StandardCharsets.UTF_16BE);
    }
    Charset utf16 = bomlessUtf16(bytes);
    if (utf16 != null) {
      return strictly(bytes, 0, utf16);
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return utf8;
    }
    Charset charset = charsetNamed(declared);
    if (charset != null
        && !charset.name().startsWith("UTF-16")
        && !charset.name().startsWith("UTF-32")) {
      return strictly(bytes, 0, charset);
    }
    return new String(bytes, detect(bytes));
  }

  /** The bytes from {@code offset} in {@code charset}; the first damaged byte throws. */
  private static String strictly(byte[] bytes, int offset, Charset charset) throws Damaged {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out =
        CharBuffer.allocate(
            (int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      String before = new String(bytes, offset, at - offset, charset);
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      throw new Damaged(charset.name(), line, at);
    }
    return out.flip().toString();
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
