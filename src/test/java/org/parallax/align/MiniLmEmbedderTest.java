package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
  private static final List<String> SENTENCES =
      List.of(
          "The ferry stopped running after the storm.",
          "Since the storm, no boat has crossed to the island.",
          "Two of the three bakeries in the village closed last winter, and the third now opens only"
              + " on market days.",
          "Prices rose.");

  @Test
  void vectorsAreTheOnesLangChain4jsOwnModelClassGives() {
    float[][] ours = MemoEmbedder.MINILM.embed(SENTENCES);
    AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();

    for (int i = 0; i < SENTENCES.size(); i++) {
      float[] theirs =
          Vectors.unit(reference.embed(TextSegment.from(SENTENCES.get(i))).content().vector());
      assertThat(Vectors.dot(ours[i], theirs)).as(SENTENCES.get(i)).isCloseTo(1f, within(1e-4f));
    }
  }

  @Test
  void aSentenceGetsTheSameVectorWhateverItIsEmbeddedWith() {
    float[] alone = MiniLmEmbedder.INSTANCE.embed(List.of(SENTENCES.get(3)))[0];
    float[] amongOthers = MiniLmEmbedder.INSTANCE.embed(SENTENCES)[3];

    assertThat(amongOthers).containsExactly(alone, within(1e-6f));
  }

  @Test
  void noSentencesGiveNoVectors() {
    assertThat(MiniLmEmbedder.INSTANCE.embed(List.of())).isEmpty();
  }

  @Test
  void aParaphraseIsCloserThanAnUnrelatedSentence() {
    float[][] v = MiniLmEmbedder.INSTANCE.embed(SENTENCES);

    assertThat(Vectors.dot(v[0], v[1])).isGreaterThan(Vectors.dot(v[0], v[2]));
  }
}
