package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Web pages made to hurt the reader: elements nested far deeper than any page a person writes are
 * refused in a sentence naming the depth, before the page is walked. How fast is the hostile-input
 * benchmark's business.
 */
class HostileHtmlTest {
  private static final String LINE = "<p>The convoy reached the capital after the blockade.</p>";

  private final SourceReader reader = new SourceReader();

  @Test
  void aHundredThousandNestedDivsAreRefusedNamingTheDepth() {
    String page =
        "<!doctype html><html><body>"
            + LINE
            + "<div>".repeat(100_000)
            + "deep"
            + "</div>".repeat(100_000)
            + "</body></html>";

    ImportException refusal =
        catchThrowableOfType(ImportException.class, () -> read(page, "nested.html"));

    assertThat(refusal)
        .hasMessageContaining("“nested.html”")
        .hasMessageContaining(
            String.format(
                Locale.ROOT, "nested more than %,d levels deep", HtmlExtractor.MAX_DEPTH));
  }

  @Test
  void unclosedTagsThatNestOnEveryLineAreRefusedToo() {
    String page = "<html><body>" + LINE + "<span><b>text ".repeat(60_000) + "</body></html>";

    ImportException refusal =
        catchThrowableOfType(ImportException.class, () -> read(page, "unclosed.html"));

    assertThat(refusal).hasMessageContaining("levels deep");
  }

  @Test
  void aPageNestedAsDeepAsTheBoundIsRead() throws ImportException {
    int depth = HtmlExtractor.MAX_DEPTH - 10;
    String page =
        "<html><body>" + "<div>".repeat(depth) + LINE + "</div>".repeat(depth) + "</body></html>";

    RawText raw = read(page, "deep.html");

    assertThat(raw.text()).contains("The convoy reached the capital after the blockade.");
  }

  private RawText read(String page, String name) throws ImportException {
    return reader.read(page.getBytes(StandardCharsets.UTF_8), name);
  }
}
