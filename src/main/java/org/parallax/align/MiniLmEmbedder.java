package org.parallax.align;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * The all-MiniLM-L6-v2 sentence model (quantized), run in process from the jar it ships in: nothing
 * is downloaded. The model is loaded lazily, once per JVM, by the first call to {@link #embed} (so
 * never on a UI thread that merely creates an aligner). If loading fails — for instance when the
 * native ONNX runtime cannot load on this machine — every call throws {@link
 * EmbeddingUnavailableException} with the reason, and the caller falls back to lexical signals.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

  /** The one shared instance. */
  public static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();

  private MiniLmEmbedder() {}

  /** Loads the model on first use; remembers a failure so it is not retried on every call. */
  private static final class Holder {
    static final EmbeddingModel MODEL;
    static final String FAILURE;

    static {
      EmbeddingModel model = null;
      String failure = null;
      try {
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
      } catch (Throwable t) { // includes UnsatisfiedLinkError from the native runtime
        failure = describe(t);
      }
      MODEL = model;
      FAILURE = failure;
    }
  }

  @Override
  public float[][] embed(List<String> texts) {
    if (Holder.MODEL == null) {
      throw new EmbeddingUnavailableException(Holder.FAILURE, null);
    }
    try {
      List<Embedding> embeddings =
          Holder.MODEL.embedAll(texts.stream().map(TextSegment::from).toList()).content();
      float[][] vectors = new float[texts.size()][];
      for (int i = 0; i < vectors.length; i++) {
        vectors[i] = Vectors.unit(embeddings.get(i).vector());
      }
      return vectors;
    } catch (RuntimeException | LinkageError e) {
      throw new EmbeddingUnavailableException(describe(e), e);
    }
  }

  @Override
  public String name() {
    return "all-MiniLM-L6-v2-q";
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    if (t instanceof LinkageError) {
      return "the model's native runtime could not be loaded on this computer";
    }
    return message == null || message.isBlank()
        ? "the model could not be loaded"
        : "the model could not be loaded: " + firstLine(message);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
