package org.parallax.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.parallax.model.Comparison;

/** An exporter whose output is UTF-8 text. */
abstract class TextExporter implements Exporter {

  @Override
  public final boolean isText() {
    return true;
  }

  @Override
  public final void write(Comparison comparison, ExportOptions options, OutputStream out)
      throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    write(comparison, options, writer);
    writer.flush();
  }

  /** Writes the text; {@code out} is flushed by the caller. */
  abstract void write(Comparison comparison, ExportOptions options, Writer out) throws IOException;
}
