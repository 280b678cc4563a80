package org.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Writes small PDFs byte by byte, including the broken and hostile ones a PDF library refuses to
 * make: page trees thousands deep, nesting past any stack, compressed streams that unpack to far
 * more than their size, files cut short. Each object is numbered in the order it is added.
 */
public final class PdfBytes {
  private final List<byte[]> objects = new ArrayList<>();

  /** Reserves the next object number; fill it in with {@link #set}. */
  public int reserve() {
    objects.add(null);
    return objects.size();
  }

  public int add(String body) {
    return add(latin1(body));
  }

  public int add(byte[] body) {
    int number = reserve();
    set(number, body);
    return number;
  }

  public void set(int number, String body) {
    set(number, latin1(body));
  }

  public void set(int number, byte[] body) {
    objects.set(number - 1, body);
  }

  /** A stream object's body: {@code dictionary} entries (without the brackets) and the data. */
  public static byte[] stream(String entries, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(latin1("<< /Length " + data.length + " " + entries + " >>\nstream\n"));
    out.writeBytes(data);
    out.writeBytes(latin1("\nendstream"));
    return out.toByteArray();
  }

  /** The whole file, with a cross-reference table and trailer naming {@code catalog} as root. */
  public byte[] write(int catalog) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
    long[] offsets = new long[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = out.size();
      out.writeBytes(latin1((i + 1) + " 0 obj\n"));
      out.writeBytes(objects.get(i));
      out.writeBytes(latin1("\nendobj\n"));
    }
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n");
    table.append("0000000000 65535 f \n");
    Arrays.stream(offsets).forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
    table.append("trailer\n<< /Size ").append(objects.size() + 1);
    table.append(" /Root ").append(catalog).append(" 0 R >>\nstartxref\n").append(xref);
    table.append("\n%%EOF\n");
    out.writeBytes(latin1(table.toString()));
    return out.toByteArray();
  }

  /** A PDF whose pages each draw one content stream (Helvetica as /F1), built as given. */
  public static byte[] pages(byte[]... contentStreams) {
    PdfBytes pdf = new PdfBytes();
    int catalog = pdf.reserve();
    int tree = pdf.reserve();
    int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder kids = new StringBuilder();
    for (byte[] content : contentStreams) {
      int stream = pdf.add(content);
      int page =
          pdf.add(
              "<< /Type /Page /Parent "
                  + tree
                  + " 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 "
                  + font
                  + " 0 R >> >> /Contents "
                  + stream
                  + " 0 R >>");
      kids.append(page).append(" 0 R ");
    }
    pdf.set(tree, "<< /Type /Pages /Kids [" + kids + "] /Count " + contentStreams.length + " >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
    return pdf.write(catalog);
  }

  /** An uncompressed content stream showing {@code lines}, one under the other. */
  public static byte[] text(String... lines) {
    return stream("", latin1(showing(lines)));
  }

  /** The text commands that show {@code lines}. */
  public static String showing(String... lines) {
    StringBuilder content = new StringBuilder("BT /F1 11 Tf 14 TL 72 750 Td\n");
    for (String line : lines) {
      content.append('(').append(line.replace("(", "\\(").replace(")", "\\)")).append(") Tj T*\n");
    }
    return content.append("ET\n").toString();
  }

  /** {@code data} compressed with zlib, as PDF's /FlateDecode expects. */
  public static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  public static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
