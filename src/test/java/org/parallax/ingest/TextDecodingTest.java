package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in different encodings come out as the same characters. */
class TextDecodingTest {

  private static final String AZERBAIJANI = "Xankəndi, Şuşa, Ağdam və Qarabağ.";
  private static final String ARMENIAN = "Ստեփանակերտ և Շուշի։";

  @TempDir Path dir;

  private String read(String name, byte[] bytes) throws IOException, ImportException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return new SourceReader().read(file).text();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }

  @Test
  void utf8WithAzerbaijaniAndArmenianLettersIsReadExactly() throws Exception {
    String text = AZERBAIJANI + "\n\n" + ARMENIAN + "\n";
    assertThat(read("utf8.txt", text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void aUtf8ByteOrderMarkIsDropped() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(read("bom.txt", concat(bom, AZERBAIJANI.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(AZERBAIJANI);
  }

  @Test
  void utf16LittleEndianWithByteOrderMarkIsDecoded() throws Exception {
    String text = "“Curly” " + AZERBAIJANI + " " + ARMENIAN;
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    assertThat(read("utf16le.txt", concat(bom, text.getBytes(StandardCharsets.UTF_16LE))))
        .isEqualTo(text);
  }

  @Test
  void utf16BigEndianWithByteOrderMarkIsDecoded() throws Exception {
    byte[] bom = {(byte) 0xFE, (byte) 0xFF};
    assertThat(read("utf16be.txt", concat(bom, ARMENIAN.getBytes(StandardCharsets.UTF_16BE))))
        .isEqualTo(ARMENIAN);
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRecognisedEitherWayRound() throws Exception {
    String text =
        "The Lachin road reopened on Monday. Convoys of trucks crossed into Khankendi, and the"
            + " first families went home after months away.";
    assertThat(read("le.txt", text.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
    assertThat(read("be.txt", text.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(text);
  }

  @Test
  void windows1252WithCurlyQuotesAndAccentsIsDetected() throws Exception {
    String text =
        "The café owner said: “We reopened on Monday – it’s been a long winter.” Everyone"
            + " agreed that the crème brûlée was worth the wait, and the naïve critics were wrong.";
    byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
    assertThat(read("cp1252.txt", bytes)).isEqualTo(text);
  }
}
