package org.parallax.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.task.Progress;

/**
 * Swaps one document of a comparison for a new version of it (a corrected re-import, a newer
 * cleaning) and re-anchors every claim and term of that side in the new text. Spans that cannot be
 * placed become orphans, and links left without claims on a side become orphaned links. It runs the
 * same checks and placing as loading a file whose text changed, so both behave alike.
 */
public final class DocumentReplacement {
  private final ComparisonStore store;
  private final ObjectMapper mapper = Json.mapper(Limits.DEFAULT);

  public DocumentReplacement(ComparisonStore store) {
    this.store = store;
  }

  /** {@code state} with the document of {@code side} replaced by {@code replacement}. */
  public LoadedComparison replace(LoadedComparison state, Side side, Document replacement)
      throws StoreException {
    return replace(state, side, replacement, Progress.NONE);
  }

  /**
   * As {@link #replace(LoadedComparison, Side, Document)}, reporting re-anchoring to {@code
   * progress}; throws {@link org.parallax.task.CancelledException} once it is cancelled.
   */
  public LoadedComparison replace(
      LoadedComparison state, Side side, Document replacement, Progress progress)
      throws StoreException {
    ObjectNode root;
    try {
      root = (ObjectNode) mapper.readTree(store.write(state));
    } catch (IOException e) {
      throw new StoreException("The comparison could not be prepared for the new document.", e);
    }
    ObjectNode documents = (ObjectNode) root.get("documents");
    String key = side.name().toLowerCase(Locale.ROOT);
    String oldSha = documents.path(key).path("sha256").asText();
    // The perspective label is the reader's, not the source's: a new version of the essay keeps it.
    String perspective = state.comparison().document(side).metadata().perspective();
    Document kept =
        replacement.metadata().perspective().isBlank() && !perspective.isBlank()
            ? replacement.withMetadata(replacement.metadata().withPerspective(perspective))
            : replacement;
    ObjectNode entry = mapper.valueToTree(ModelWriter.document(kept));
    // The old checksum tells the loader that this text changed, so every span is re-anchored.
    entry.put("sha256", oldSha);
    documents.set(key, entry);
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new StoreException("The comparison could not be prepared for the new document.", e);
    }
    LoadedComparison loaded = store.read(bytes, progress);
    return new LoadedComparison(
        loaded.comparison(),
        loaded.orphans(),
        loaded.extras(),
        state.formatVersion(),
        loaded.notices());
  }
}
