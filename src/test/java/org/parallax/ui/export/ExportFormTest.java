package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.ExportOptions.CsvRows;
import org.parallax.export.Exporter;
import org.parallax.export.Exporters;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.store.ComparisonStore;
import org.parallax.ui.support.ExportSettings;

class ExportFormTest {
  static final Path FIXTURE =
      Path.of("src/test/resources/org/parallax/export/fixture.parallax.json");
  @TempDir Path folder;

  static Comparison fixture() throws Exception {
    return new ComparisonStore().load(FIXTURE).comparison();
  }

  private ExportForm form(ExportSettings remembered) throws Exception {
    return new ExportForm(
        fixture(), Exporters.all(), remembered, folder, folder.resolve("pair.parallax.json"));
  }

  private static Exporter format(String id) {
    return Exporters.byId(id).orElseThrow();
  }

  @Test
  void theFirstExportIsTheFirstFormatNamedAfterTheComparisonInTheFallbackFolder() throws Exception {
    ExportForm form = form(ExportSettings.DEFAULTS);

    Exporter first = Exporters.all().get(0);
    assertThat(form.formatProperty().get()).isEqualTo(first);
    assertThat(form.targetPath())
        .isEqualTo(folder.resolve(ExportForm.baseName(fixture()) + "." + first.extension()));
    assertThat(ExportForm.baseName(fixture())).isNotBlank().doesNotContain(" ", ".");
  }

  @Test
  void theLastExportsFolderFormatAndOpeningAreTakenUpAgain() throws Exception {
    Path last = Files.createDirectory(folder.resolve("last"));

    ExportForm form = form(new ExportSettings(last.toString(), "csv", true));

    assertThat(form.formatProperty().get().id()).isEqualTo("csv");
    assertThat(form.targetPath().getParent()).isEqualTo(last);
    assertThat(form.targetPath().toString()).endsWith(".csv");
    assertThat(form.openWhenDoneProperty().get()).isTrue();
  }

  @Test
  void aRememberedFolderThatIsGoneGivesWayToTheFallback() throws Exception {
    ExportForm form = form(new ExportSettings(folder.resolve("gone").toString(), "", false));

    assertThat(form.targetPath().getParent()).isEqualTo(folder);
  }

  @Test
  void theExtensionFollowsTheFormatUnlessTheReaderChoseAnotherEnding() throws Exception {
    ExportForm form = form(ExportSettings.DEFAULTS);
    form.targetProperty().set(folder.resolve("my.notes").resolve("pair.html").toString());

    form.formatProperty().set(format("wa"));
    assertThat(form.targetProperty().get()).endsWith("my.notes/pair.jsonld");

    form.targetProperty().set(folder.resolve("pair").toString());
    form.formatProperty().set(format("csv"));
    assertThat(form.targetProperty().get()).endsWith("/pair.csv");

    form.targetProperty().set(folder.resolve("pair.txt").toString());
    form.formatProperty().set(format("md"));
    assertThat(form.targetProperty().get()).endsWith("/pair.txt");
  }

  @Test
  void aChosenFileWithoutAnEndingGetsTheFormats() throws Exception {
    ExportForm form = form(ExportSettings.DEFAULTS);
    form.formatProperty().set(format("md"));

    form.choose(folder.resolve("handout"));
    assertThat(form.targetPath()).isEqualTo(folder.resolve("handout.md"));

    form.choose(folder.resolve("handout.markdown"));
    assertThat(form.targetPath()).isEqualTo(folder.resolve("handout.markdown"));
  }

  @Test
  void theCsvOptionsAreOfferedAndPassedForCsvOnly() throws Exception {
    ExportForm form = form(ExportSettings.DEFAULTS);
    form.csvRowsProperty().set(CsvRows.TERMS);
    form.byteOrderMarkProperty().set(true);
    form.orderProperty().set(Side.B);
    form.includeSuggestionsProperty().set(true);
    Instant now = Instant.parse("2026-12-05T12:00:00Z");

    form.formatProperty().set(format("html"));
    assertThat(form.rowChoiceShownProperty().get()).isFalse();
    ExportRequest html = form.request(now);
    assertThat(html.options().csvRows()).isEqualTo(CsvRows.ALL);
    assertThat(html.options().byteOrderMark()).isFalse();
    assertThat(html.options().order()).isEqualTo(Side.B);
    assertThat(html.options().includeSuggestions()).isTrue();
    assertThat(html.options().exportedAt()).isEqualTo(now);

    form.formatProperty().set(format("csv"));
    assertThat(form.rowChoiceShownProperty().get()).isTrue();
    ExportRequest csv = form.request(now);
    assertThat(csv.options().csvRows()).isEqualTo(CsvRows.TERMS);
    assertThat(csv.options().byteOrderMark()).isTrue();
  }

  @Test
  void noFileNamedIsAProblemAndARelativeNameIsTakenInTheExportFolder() throws Exception {
    ExportForm form = form(ExportSettings.DEFAULTS);

    form.targetProperty().set("  ");
    assertThat(form.problemProperty().get()).isNotEmpty();

    form.targetProperty().set("pair.html");
    assertThat(form.problemProperty().get()).isEmpty();
    assertThat(form.request(Instant.EPOCH).target()).isEqualTo(folder.resolve("pair.html"));
  }

  @Test
  void theComparisonsOwnFileIsRefused() throws Exception {
    ExportForm form = form(ExportSettings.DEFAULTS);

    form.targetProperty().set(folder.resolve("pair.parallax.json").toString());
    assertThat(form.problemProperty().get()).isNotEmpty();

    form.targetProperty().set("pair.parallax.json");
    assertThat(form.problemProperty().get()).isNotEmpty();

    form.targetProperty().set(folder.resolve("pair.json").toString());
    assertThat(form.problemProperty().get()).isEmpty();
  }

  @Test
  void theReadingOrdersAreNamedByTheEssaysPerspectives() throws Exception {
    Comparison c = fixture();
    ExportForm form = form(ExportSettings.DEFAULTS);

    for (Side side : Side.values()) {
      String perspective = c.document(side).metadata().perspective();
      assertThat(perspective).isNotBlank();
      assertThat(form.orderName(side)).isEqualTo(perspective);
    }
  }
}
