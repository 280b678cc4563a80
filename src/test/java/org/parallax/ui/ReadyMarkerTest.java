package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Side;
import org.parallax.ui.support.BackgroundRunner;

class ReadyMarkerTest {
  @TempDir Path folder;

  @Test
  void theMarkerIsWrittenWithBothTitlesOnlyOnceTheCounterpartIsOpen() throws IOException {
    MainViewModel viewModel = TestViewModels.main(BackgroundRunner.inPlace());
    viewModel.showBundledSeed();
    Path marker = folder.resolve("ready.txt");
    ReadyMarker.watch(viewModel, marker);
    assertThat(marker).doesNotExist();

    Path essay = folder.resolve("bridge.txt");
    Files.writeString(essay, "The bridge closed in March.\n\nThe ferry came in June.\n");
    viewModel.openFile(Side.B, essay);

    assertThat(Files.readAllLines(marker, StandardCharsets.UTF_8))
        .containsExactly(
            "left: Military operation in Karabakh: the final battle?", "right: bridge");
  }
}
