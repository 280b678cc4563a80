package org.parallax.align;

import java.util.List;

/**
 * The all-MiniLM-L6-v2 sentence model (quantized), run in process from the jar it ships in
 * (LangChain4j's model artifact): nothing is downloaded. {@link BertEncoder} runs it on all cores,
 * one sentence per call, giving the same vectors as LangChain4j's own model class in less time. The
 * model is loaded lazily, once per JVM, by the first call to {@link #embed} (so never on a UI
 * thread that merely creates an aligner). If loading fails — for instance when the native ONNX
 * runtime cannot load on this machine — every call throws {@link EmbeddingUnavailableException}
 * with the reason, and the caller falls back to lexical signals.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

  /** The one shared instance. */
  public static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();

  private MiniLmEmbedder() {}

  /** Loads the model on first use; remembers a failure so it is not retried on every call. */
  private static final class Holder {
    static final BertEncoder MODEL;
    static final String FAILURE;

    static {
      BertEncoder model = null;
      String failure = null;
      try {
        ModelRuntimeSettings.keepOffline();
        model = new BertEncoder("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json");
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
      return Holder.MODEL.embed(texts);
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
