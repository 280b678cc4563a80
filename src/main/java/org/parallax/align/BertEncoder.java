package org.parallax.align;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A BERT-style sentence model in ONNX form, mean-pooled into one unit vector per sentence.
 *
 * <p>Sentences run one per model call, spread over the available cores with one runtime thread per
 * call: for a small model this keeps every core busy with arithmetic instead of splitting each
 * short call across cores and waiting for the slowest. Sentences are not padded into batches,
 * because the quantized model scales its activations over the whole input, so a sentence's vector
 * would shift with whichever sentences shared its batch. Each vector is thus exactly the one the
 * sentence gets alone. Inputs longer than the model's 512 tokens are cut to their first 512.
 */
final class BertEncoder {
  private static final int MAX_TOKENS = 512;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;

  /**
   * Loads a model and its tokenizer from the class path.
   *
   * @param model resource name of the ONNX file
   * @param tokenizerJson resource name of the tokenizer's JSON file
   * @throws IOException if a resource is missing or unreadable
   * @throws OrtException if the runtime rejects the model
   */
  BertEncoder(String model, String tokenizerJson) throws IOException, OrtException {
    environment = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      try (InputStream in = resource(model)) {
        session = environment.createSession(in.readAllBytes(), options);
      }
    }
    try (InputStream in = resource(tokenizerJson)) {
      tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
    }
    typeIds = session.getInputNames().contains("token_type_ids");
  }

  /**
   * Unit vectors of {@code texts}, in order.
   *
   * @throws IllegalStateException if the runtime fails on a sentence
   */
  float[][] embed(List<String> texts) {
    if (texts.isEmpty()) {
      return new float[0][];
    }
    Encoding[] encodings = tokenizer.batchEncode(texts, true, false);
    long[][] tokens = new long[texts.size()][];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = cut(encodings[i]);
    }
    float[][] out = new float[texts.size()][];
    IntStream.range(0, tokens.length).parallel().forEach(i -> out[i] = embedOne(tokens[i]));
    return out;
  }

  private float[] embedOne(long[] ids) {
    long[] shape = {1, ids.length};
    long[] ones = new long[ids.length];
    Arrays.fill(ones, 1L);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put(
          "attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(ones), shape));
      if (typeIds) {
        inputs.put(
            "token_type_ids",
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][] vectors = ((float[][][]) result.get(0).getValue())[0];
        float[] sum = new float[vectors[0].length];
        for (float[] token : vectors) {
          for (int d = 0; d < sum.length; d++) {
            sum[d] += token[d];
          }
        }
        return Vectors.unit(sum);
      }
    } catch (OrtException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** The token ids, cut to the model's limit while keeping the closing separator. */
  private static long[] cut(Encoding encoding) {
    long[] ids = encoding.getIds();
    if (ids.length <= MAX_TOKENS) {
      return ids;
    }
    long[] cut = Arrays.copyOf(ids, MAX_TOKENS);
    cut[MAX_TOKENS - 1] = ids[ids.length - 1];
    return cut;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = BertEncoder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("the model file " + name + " is missing from the application");
    }
    return in;
  }
}
