package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.Fixtures.blockTexts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Document;
import org.parallax.model.RemovedPassage;

/** A saved web page with the same kinds of clutter as the seed, read and cleaned end to end. */
class WebPageImportTest {

  private static final String PAGE =
      "<html><head><title>Rivers and roads | Valley Review</title>"
          + "<meta name=\"author\" content=\"Ann Lee\"></head><body>"
          + "<nav>Home | About</nav><article>"
          + "<div class=\"crumbs\">Valley Review &gt; English &gt; Europe &gt; Rivers</div>"
          + "<h1>Rivers and roads</h1>"
          + "<p>Tuesday 4 May 2021, by <a href=\"/lee\">LEE Ann</a></p>"
          + "<p>The valley has argued about its river for a century, and the argument is not"
          + " over.</p>"
          + "<h2>What changed</h2>"
          + "<p>In 2019 the council approved a new road along the east bank of the"
          + " <a href=\"/river\">river</a>.</p>"
          + "<p>Ann Lee is a historian at the valley museum.</p>"
          + "<p><a href=\"/subscribe\">Click here</a> to subscribe to our newsletter.</p>"
          + "</article><footer>© Valley Review</footer></body></html>";

  @TempDir Path dir;

  private Document document;

  @BeforeEach
  void importThePage() throws Exception {
    Path file = Files.writeString(dir.resolve("rivers.html"), PAGE, StandardCharsets.UTF_8);
    document = new Importer().importFile(file, true);
  }

  @Test
  void onlyTheEssayRemainsWithItsHeading() {
    assertThat(blockTexts(document))
        .containsExactly(
            "The valley has argued about its river for a century, and the argument is not over.",
            "What changed",
            "In 2019 the council approved a new road along the east bank of the river.");
    assertThat(document.blocks())
        .extracting(Block::kind)
        .containsExactly(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH);
  }

  @Test
  void metadataComesFromThePageAndTheByline() {
    assertThat(document.metadata().title()).isEqualTo("Rivers and roads");
    assertThat(document.metadata().authors()).containsExactly("Ann Lee");
    assertThat(document.metadata().date()).isEqualTo("2021-05-04");
    assertThat(document.metadata().authorNotes())
        .containsExactly("Ann Lee is a historian at the valley museum.");
  }

  @Test
  void eachRemovalIsListedWithItsReason() {
    assertThat(document.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly(
            "breadcrumb navigation",
            "title repeated at the top",
            "byline (kept as metadata: author Ann Lee; date 2021-05-04)",
            "author biography (kept as author notes)",
            "subscription notice");
  }

  @Test
  void withoutAHeadingThePageTitleLosesItsSiteName() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bridge.html"),
            "<html><head><title>Bridge essay | Valley Review</title></head><body>"
                + "<p>The bridge has been closed to lorries since March, and the town is"
                + " divided.</p></body></html>",
            StandardCharsets.UTF_8);

    assertThat(new Importer().importFile(file, true).metadata().title()).isEqualTo("Bridge essay");
  }
}
