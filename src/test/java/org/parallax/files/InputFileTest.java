package org.parallax.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Only ordinary files are read, and never more of them than the limit. */
class InputFileTest {

  @TempDir Path dir;

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNamedPipeIsRefusedWithoutBeingOpened() throws Exception {
    Path pipe = Fifo.make(dir, "essay.txt");

    assertThatThrownBy(() -> InputFile.read(pipe, "essay.txt", 1000, "essays"))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage(
            "“essay.txt” is a named pipe (FIFO), not an ordinary file; Parallax reads only files"
                + " saved on disk.");
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aDeviceIsRefusedRatherThanReadWithoutEnd() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");

    assertThatThrownBy(() -> InputFile.read(zero, "/dev/zero", 1000, "essays"))
        .hasMessageStartingWith("“/dev/zero” is a device, not an ordinary file");
  }

  @Test
  void aFileThatHoldsMoreThanItClaimsIsCutOffAtTheLimit() {
    Path status = Path.of("/proc/self/status");
    assumeTrue(Files.isRegularFile(status), "no /proc here");

    assertThatThrownBy(() -> InputFile.read(status, "status", 16, "essays"))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage(
            "“status” holds more than its size claims, over the limit of 16 bytes for essays.");
  }

  @Test
  void aLinkLoopIsCalledALinkLoop() throws IOException {
    Path first = dir.resolve("first.txt");
    Path second = dir.resolve("second.txt");
    try {
      Files.createSymbolicLink(first, second);
      Files.createSymbolicLink(second, first);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }

    assertThatThrownBy(() -> InputFile.read(first, "first.txt", 1000, "essays"))
        .hasMessage("“first.txt” is a link that leads back to itself (a link loop), not a file.");
  }

  @Test
  void aLinkToNothingIsCalledABrokenLink() throws IOException {
    Path link = dir.resolve("essay.txt");
    try {
      Files.createSymbolicLink(link, dir.resolve("gone.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }

    assertThatThrownBy(() -> InputFile.read(link, "essay.txt", 1000, "essays"))
        .hasMessage("“essay.txt” is a link to a file that does not exist (a broken link).");
  }

  @Test
  void aLinkToAnOrdinaryFileIsFollowed() throws IOException, RefusedFileException {
    Path target = Files.writeString(dir.resolve("real.txt"), "words");
    Path link = dir.resolve("link.txt");
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }

    assertThat(new String(InputFile.read(link, "link.txt", 1000, "essays"))).isEqualTo("words");
  }

  @Test
  void aFileOneByteOverTheLimitSaysBothSizesExactly() throws IOException {
    Path file = Files.write(dir.resolve("big.txt"), new byte[1025]);

    assertThatThrownBy(() -> InputFile.read(file, "big.txt", 1024, "essays"))
        .hasMessage("“big.txt” is 1,025 bytes, over the limit of 1,024 bytes (1.0 KB) for essays.");
  }

  @Test
  void aFileAtTheLimitIsReadWhole() throws IOException, RefusedFileException {
    byte[] bytes = new byte[1024];
    bytes[1023] = 7;
    Path file = Files.write(dir.resolve("full.txt"), bytes);

    assertThat(InputFile.read(file, "full.txt", 1024, "essays")).isEqualTo(bytes);
  }

  @Test
  void theBoundedStreamStopsAnEndlessSourceAtItsLimit() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'x';
          }
        };

    assertThatThrownBy(() -> new BoundedInputStream(endless, 100_000).readAll(0))
        .isInstanceOf(BoundedInputStream.LimitExceeded.class);
  }

  @Test
  void theBoundedStreamReadsAShortSourceWhateverSizeWasExpected() throws IOException {
    byte[] bytes = "twelve bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    assertThat(new BoundedInputStream(new ByteArrayInputStream(bytes), 100).readAll(0))
        .isEqualTo(bytes);
    assertThat(new BoundedInputStream(new ByteArrayInputStream(bytes), 100).readAll(50))
        .isEqualTo(bytes);
  }

  @Test
  void sizesThatWouldReadAlikeAreGivenInBytes() {
    assertThat(Sizes.over(20L * 1024 * 1024 + 1, 20L * 1024 * 1024))
        .isEqualTo("20,971,521 bytes, over the limit of 20,971,520 bytes (20 MB)");
    assertThat(Sizes.over(200L * 1024 * 1024, 20L * 1024 * 1024))
        .isEqualTo("200.0 MB, over the 20 MB limit");
  }
}
