package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.parallax.FuzzContract;
import org.parallax.store.ComparisonStore;
import org.parallax.store.LoadedComparison;
import org.parallax.store.StoreException;

/**
 * The exporters under coverage-guided fuzzing ({@link FuzzContract}): whatever comparison a fuzzed
 * file loads as, every format writes it without an error. The PDF format is left out here: it lays
 * out the handout's own HTML with a browser engine and takes a second an input, which would starve
 * the fuzzer; the handout's HTML it lays out is fuzzed.
 */
public class ExportInputsFuzzTest {
  private static final List<Exporter> FORMATS =
      Exporters.all().stream().filter(e -> !(e instanceof PdfExporter)).toList();

  private final ComparisonStore store = new ComparisonStore();
  private final ExportOptions options = ExportOptions.defaults(Instant.EPOCH);

  @FuzzTest(maxDuration = FuzzContract.SHORT)
  public void everyFormatExportsWhateverComparisonAFileLoadsAs(byte[] bytes) throws IOException {
    LoadedComparison loaded;
    try {
      loaded = store.read(bytes);
    } catch (StoreException e) {
      FuzzContract.refusedClearly(e);
      return;
    }
    for (Exporter format : FORMATS) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      format.write(loaded.comparison(), options, out);
      assertThat(out.size()).as("the %s export", format.id()).isPositive();
    }
  }
}
