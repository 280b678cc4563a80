package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.store.ComparisonStore;
import org.parallax.store.LoadedComparison;

class ExportersTest {

  @Test
  void everyFormatHasItsOwnIdANameAndAnExtension() {
    assertThat(Exporters.ids())
        .containsExactly("html", "pdf", "worksheet", "md", "csv", "wa", "aif", "qdc")
        .doesNotHaveDuplicates();
    for (Exporter exporter : Exporters.all()) {
      assertThat(exporter.displayName()).isNotBlank();
      assertThat(exporter.extension()).isNotBlank().doesNotStartWith(".");
      assertThat(Exporters.byId(exporter.id())).containsSame(exporter);
    }
  }

  @Test
  void anEmptyComparisonExportsToEveryFormat() throws Exception {
    Comparison empty =
        new Comparison(
            "",
            "",
            new Document("", null, null, null),
            new Document("", null, null, null),
            List.of(),
            List.of(),
            List.of(),
            Codebook.defaults(),
            null,
            null);
    for (Exporter exporter : Exporters.all()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      exporter.write(empty, ExportOptions.defaults(ExportFixture.EXPORTED), out);
      assertThat(out.size()).as(exporter.id()).isPositive();
    }
  }

  @Test
  void theSavedFixtureOpensAsTheComparisonTheTestsBuildWithItsTwoOrphans() throws Exception {
    byte[] bytes;
    try (var in = ExportersTest.class.getResourceAsStream("fixture.parallax.json")) {
      bytes = in.readAllBytes();
    }
    LoadedComparison loaded = new ComparisonStore().read(bytes);

    assertThat(loaded.comparison()).isEqualTo(ExportFixture.comparison());
    assertThat(loaded.orphans()).hasSize(2);
  }
}
