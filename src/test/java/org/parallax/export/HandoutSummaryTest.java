package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

class HandoutSummaryTest {
  private final Comparison c = ExportFixture.comparison();

  @Test
  void theCountsSayHowManyOfEachEssaysClaimsHaveACounterpart() throws IOException {
    Document page = page();

    var rows = page.select("table.coverage tr");
    assertThat(rows).hasSize(2);
    for (Side side : Side.values()) {
      Set<String> matched = new HashSet<>();
      for (Link l : c.links()) {
        if (l.status() == LinkStatus.CONFIRMED) {
          matched.addAll(l.claims(side));
        }
      }
      assertThat(rows.get(side.ordinal()).select("td.n").first().text())
          .isEqualTo(matched.size() + " of " + c.claims(side).size());
    }
  }

  @Test
  void theCountsListEachSidesMostTaggedTerms() throws IOException {
    Document page = page();

    for (Side side : Side.values()) {
      Set<String> tagged = new HashSet<>();
      c.terms().stream()
          .filter(t -> t.side() == side && t.status() == LinkStatus.CONFIRMED)
          .forEach(t -> tagged.add(c.document(side).slice(t.start(), t.end())));
      Set<String> listed = new HashSet<>();
      for (var row : page.select("table.top-terms tbody tr")) {
        String cell = row.select("td").get(side.ordinal()).ownText().strip();
        if (!cell.isEmpty()) {
          listed.add(cell);
        }
      }
      assertThat(tagged).isNotEmpty().hasSizeLessThanOrEqualTo(10);
      assertThat(listed).isEqualTo(tagged);
    }
  }

  private Document page() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HandoutExporter().write(c, ExportOptions.defaults(ExportFixture.EXPORTED), out);
    return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
  }
}
