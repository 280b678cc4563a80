package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.parallax.FuzzContract;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;

/**
 * The essay readers under coverage-guided fuzzing ({@link FuzzContract}): whatever the bytes of a
 * file named like a text, Markdown, web page or PDF essay, importing it gives a document whose
 * claims lie inside its text, or an {@link ImportException} with a sentence.
 */
public class EssayReadersFuzzTest {
  private final SourceReader reader = new SourceReader();
  private final Importer importer = new Importer();
  private final Segmenter segmenter = new Segmenter();

  @FuzzTest(maxDuration = FuzzContract.SHORT)
  public void theTextDecoderDecodesAnyBytesOrNamesTheDamagedLine(byte[] bytes) {
    try {
      String text = TextDecoder.decode(bytes, null);
      assertThat(text).isNotNull();
    } catch (TextDecoder.Damaged e) {
      assertThat(e.line).isPositive();
      assertThat(e.byteOffset).isBetween(0L, (long) bytes.length);
      assertThat(e.encoding).isNotBlank();
    }
    assertThat(TextDecoder.decodeLeniently(bytes)).isNotNull();
  }

  @FuzzTest(maxDuration = FuzzContract.SHORT)
  public void aPlainTextFileIsImportedOrRefusedInASentence(byte[] bytes) {
    importsOrRefuses(bytes, "essay.txt");
  }

  @FuzzTest(maxDuration = FuzzContract.SHORT)
  public void aWebPageIsImportedOrRefusedInASentence(byte[] bytes) {
    importsOrRefuses(bytes, "essay.html");
  }

  @FuzzTest(maxDuration = FuzzContract.SHORT)
  public void aMarkdownFileIsImportedOrRefusedInASentence(byte[] bytes) {
    importsOrRefuses(bytes, "essay.md");
  }

  @FuzzTest(maxDuration = FuzzContract.SHORT)
  public void aPdfIsImportedOrRefusedInASentence(byte[] bytes) {
    importsOrRefuses(bytes, "essay.pdf");
  }

  private void importsOrRefuses(byte[] bytes, String name) {
    Document document;
    try {
      document = importer.finish(reader.read(bytes, name), true);
    } catch (ImportException e) {
      FuzzContract.refusedClearly(e);
      return;
    }
    assertThat(document.blocks()).isNotEmpty();
    List<Claim> claims = segmenter.segment(document, Side.A);
    for (Claim claim : claims) {
      assertThat(claim.start()).isBetween(0, claim.end());
      assertThat(claim.end()).isLessThanOrEqualTo(document.text().length());
    }
  }
}
