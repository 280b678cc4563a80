package org.parallax.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font the PDF is set in, shipped in the jar so that no glyph depends on the machine: DejaVu
 * Sans (regular, bold, oblique; Bitstream Vera licence, {@code fonts/LICENSE-DejaVu.txt}), which
 * covers Latin with Azerbaijani, Armenian, Cyrillic, Greek, Hebrew and Arabic. Registered under the
 * family name {@link #FAMILY}, the only one the PDF's style sheet names; each PDF embeds the subset
 * of glyphs it uses.
 */
final class PdfFonts {
  /** The family every element of the PDF is set in. */
  static final String FAMILY = "Parallax Sans";

  private static final byte[] REGULAR = read("DejaVuSans.ttf");
  private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
  private static final byte[] OBLIQUE = read("DejaVuSans-Oblique.ttf");

  private PdfFonts() {}

  /** Gives {@code builder} the three faces. */
  static void register(PdfRendererBuilder builder) {
    builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(OBLIQUE), FAMILY, 400, FontStyle.ITALIC, true);
  }

  private static byte[] read(String name) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("fonts/" + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
