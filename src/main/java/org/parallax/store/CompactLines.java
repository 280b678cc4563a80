package org.parallax.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Lays files out one entry per line: the top-level fields and each item of the top-level lists
 * (each claim, link, term) start a new line, and everything deeper stays on that line. Files stay
 * readable and diff well line by line, at a fraction of the size of full indentation.
 */
final class CompactLines extends DefaultPrettyPrinter {
  private static final long serialVersionUID = 1L;
  private static final int DEEPEST_BREAK = 2;

  CompactLines() {
    Indenter shallow = new Shallow();
    indentObjectsWith(shallow);
    indentArraysWith(shallow);
  }

  private CompactLines(CompactLines base) {
    super(base);
  }

  @Override
  public DefaultPrettyPrinter createInstance() {
    return new CompactLines(this);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(_nesting <= 1 ? ": " : ":");
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    close(g, entries, '}');
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    close(g, values, ']');
  }

  /** A closing bracket goes on its own line only if its content was broken into lines. */
  private void close(JsonGenerator g, int count, char bracket) throws IOException {
    _nesting--;
    if (count > 0 && _nesting < DEEPEST_BREAK) {
      _objectIndenter.writeIndentation(g, _nesting);
    }
    g.writeRaw(bracket);
  }

  /** Breaks lines only near the top; deeper levels are written without any whitespace. */
  private static final class Shallow extends DefaultIndenter {
    private static final long serialVersionUID = 1L;

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      if (level <= DEEPEST_BREAK) {
        g.writeRaw('\n');
        for (int i = 0; i < level; i++) {
          g.writeRaw("  ");
        }
      }
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }
}
