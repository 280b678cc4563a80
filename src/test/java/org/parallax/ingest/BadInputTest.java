package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader refuses, and that it says why in words a user understands. */
class BadInputTest {

  @TempDir Path dir;

  private final SourceReader reader = new SourceReader();

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void aMissingFileIsRefused() {
    assertThatThrownBy(() -> reader.read(dir.resolve("gone.txt")))
        .isInstanceOf(ImportException.class)
        .hasMessage("The file “gone.txt” does not exist.");
  }

  @Test
  void aFolderIsRefused() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("essays"));
    assertThatThrownBy(() -> reader.read(folder))
        .hasMessage("“essays” is a folder, not a file. Choose an essay file.");
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    Path file = write("empty.txt", new byte[0]);
    assertThatThrownBy(() -> reader.read(file)).hasMessage("“empty.txt” is empty.");
  }

  @Test
  void aFileOfOnlyBlankSpaceIsRefused() throws IOException {
    Path file = write("blank.md", " \n\t\n  \n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.read(file)).hasMessage("“blank.md” contains only blank space.");
  }

  @Test
  void aFileOverTheLimitIsRefusedWithoutBeingRead() throws IOException {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(200L * 1024 * 1024);
    }
    assertThatThrownBy(() -> reader.read(file))
        .hasMessage("“huge.txt” is 200.0 MB, over the 20 MB limit for essays.");
  }

  @Test
  void anImageIsRefusedEvenWithATextExtension() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'};
    Path file = write("photo.txt", png);
    assertThatThrownBy(() -> reader.read(file))
        .hasMessage(
            "“photo.txt” looks like an image, not text. Parallax imports plain text, Markdown, web"
                + " pages (HTML) and PDF.");
  }

  @Test
  void aZipArchiveWithAnUnknownExtensionIsRefused() throws IOException {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4};
    Path file = write("essay.docx", zip);
    assertThatThrownBy(() -> reader.read(file))
        .hasMessageStartingWith("“essay.docx” looks like a compressed archive");
  }

  @Test
  void bytesWithNulCharactersAreRefusedAsBinary() throws IOException {
    byte[] bytes = "some text\0\0\0more".getBytes(StandardCharsets.ISO_8859_1);
    Path file = write("data.bin", bytes);
    assertThatThrownBy(() -> reader.read(file))
        .hasMessageStartingWith("“data.bin” looks like a binary file, not text.");
  }

  /** Lines of an essay, {@code bytes} long at least. */
  private static byte[] essay(int bytes) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; text.length() < bytes; i++) {
      text.append("The convoy reached the bridge on day ").append(i).append(".\n\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  @Test
  void randomBytesAfterTheFirstEightKilobytesAreRefusedNamingWhereTheyStart() throws IOException {
    byte[] text = essay(9000);
    byte[] garbage = new byte[100_000];
    new Random(7).nextBytes(garbage);
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = garbage[i] == 0 ? 1 : garbage[i];
    }
    Path file = write("tail.txt", concat(text, garbage));
    long lines = new String(text, StandardCharsets.UTF_8).lines().count();

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("“tail.txt” is text up to line ")
        .hasMessageContaining("and binary data from there on")
        .satisfies(
            e -> {
              String line = e.getMessage().replaceAll("(?s).*up to line ([0-9,]+).*", "$1");
              assertThat(Long.parseLong(line.replace(",", ""))).isBetween(lines - 30, lines + 1);
            });
  }

  @Test
  void nulBytesAfterTheFirstEightKilobytesAreRefused() throws IOException {
    Path file =
        write(
            "nul.txt",
            concat(essay(9000), "a\0b\0c and more words".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> reader.read(file))
        .hasMessageStartingWith("“nul.txt” is text up to line ");
  }

  @Test
  void aPageDeclaringUtf32IsReadAsTheBytesItIsMadeOf() throws IOException, ImportException {
    String page =
        "<html><head><meta charset=\"UTF-32\"><title>Café</title></head><body><p>The café"
            + " opened on the square.</p></body></html>";
    Path file = write("page.html", page.getBytes(Charset.forName("windows-1252")));

    assertThat(reader.read(file).text()).isEqualTo("The café opened on the square.");
  }

  @Test
  void aLoneUtf16SurrogateIsRefusedNamingTheLineInsteadOfEatingTheNextCharacter()
      throws IOException {
    byte[] before = "\uFEFFFirst line.\nSecond".getBytes(StandardCharsets.UTF_16LE);
    byte[] lone = {0x00, (byte) 0xD8};
    byte[] after = " line.\n".getBytes(StandardCharsets.UTF_16LE);
    Path file = write("wide.txt", concat(concat(before, lone), after));

    assertThatThrownBy(() -> reader.read(file))
        .hasMessage(
            "“wide.txt” is not valid UTF-16LE text: it is damaged at line 2 (byte 38). Parallax"
                + " imports only text it can read completely; save the file again in UTF-8.");
  }

  @Test
  void aDamagedPdfIsRefused() throws IOException {
    Path file =
        write(
            "broken.pdf", "%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> reader.read(file))
        .hasMessage(
            "“broken.pdf” could not be read as a PDF; the file may be damaged or incomplete.");
  }

  @Test
  void aWebPageWithOnlyNavigationIsRefused() throws IOException {
    Path file =
        write(
            "menu.html",
            "<html><body><nav><a href=\"/\">Home</a></nav><script>go()</script></body></html>"
                .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.read(file))
        .hasMessage("“menu.html” has no readable article text.");
  }

  @Test
  void emptyPastedTextIsRefused() {
    assertThatThrownBy(() -> reader.fromClipboard("  \n "))
        .hasMessage("The clipboard has no text to import.");
  }

  @Test
  void messagesNameNoJavaClasses() {
    assertThatThrownBy(() -> reader.read(dir.resolve("gone.pdf")))
        .message()
        .doesNotContain("Exception")
        .doesNotContain("java.");
  }
}
