package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.model.DocumentMetadata;

class BundledSeedTest {

  @Test
  void theRawSeedIsTheShippedFileByteForByte() throws IOException {
    String onDisk =
        Files.readString(Path.of("seeds/000_b432e66c642e93c3.txt"), StandardCharsets.UTF_8);
    assertThat(BundledSeed.raw().text()).isEqualTo(onDisk);
  }

  @Test
  void theRawSeedCarriesTheManifestAsHintsAndIsNamedByItsTitle() {
    RawText raw = BundledSeed.raw();
    assertThat(raw.sourceName()).isEqualTo("Military operation in Karabakh: the final battle?");
    assertThat(raw.format()).isEqualTo(SourceFormat.PLAIN_TEXT);
    assertThat(raw.hints().authors())
        .containsExactly("Samir Hajizada", "Rusif Huseynov", "Mahammad Mammadov");
  }

  @Test
  void theLoadedSeedHasTheManifestMetadata() {
    DocumentMetadata metadata = BundledSeed.load().metadata();
    assertThat(metadata.title()).isEqualTo("Military operation in Karabakh: the final battle?");
    assertThat(metadata.perspective()).isEqualTo("Azerbaijani perspective");
    assertThat(metadata.publisher())
        .isEqualTo("New Eastern Europe (republished by Europe Solidaire Sans Frontières)");
    assertThat(metadata.date()).isEqualTo("2023-09-29");
    assertThat(metadata.sourceUrl())
        .isEqualTo(
            "https://neweasterneurope.eu/2023/09/29/military-operation-in-karabakh-the-final-battle/");
  }

  @Test
  void theCounterpartIsTheArmenianPerspectiveEssay() {
    assertThat(BundledSeed.counterpart())
        .isEqualTo(
            new BundledSeed.Counterpart(
                "A modern-day ethnic cleansing: Karabakh Armenians flee as Azerbaijan takes over",
                "Armenian perspective",
                "New Eastern Europe"));
  }
}
