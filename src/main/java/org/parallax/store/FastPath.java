package org.parallax.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Comparison;
import org.parallax.store.anchor.WorkBudget;
import org.parallax.store.dto.ComparisonFile;
import org.parallax.task.Progress;

/**
 * Loads the common case in one streaming pass: a file of the current version holding only fields
 * this version knows. Anything else (another version, an unknown field, a syntax or type error)
 * returns null and the caller takes the careful tree path, which gives the exact message. Only the
 * checks of the model mapping can fail here, and they fail the same way on both paths.
 */
final class FastPath {
  private FastPath() {}

  /**
   * What the one pass found: the comparison, or null and (if binding failed) the binding error,
   * whose line and column the careful path may borrow.
   */
  record Result(LoadedComparison loaded, JsonProcessingException failure) {}

  static Result read(ObjectMapper mapper, byte[] bytes, Progress progress) throws StoreException {
    UnknownFields unknown = new UnknownFields();
    ComparisonFile file;
    try {
      file = mapper.reader().withHandler(unknown).readValue(bytes, ComparisonFile.class);
    } catch (JsonProcessingException e) {
      return new Result(null, e);
    } catch (IOException e) {
      return new Result(null, null);
    }
    if (file == null
        || unknown.found
        || !ModelWriter.FORMAT.equals(file.format())
        || !FormatVersion.CURRENT.toString().equals(file.formatVersion())) {
      return new Result(null, null);
    }
    ModelReader reader =
        new ModelReader(file, () -> tree(mapper, bytes), WorkBudget.standard(), progress);
    Comparison comparison = reader.read();
    List<String> notices = new ArrayList<>();
    notices.addAll(reader.notices());
    return new Result(
        new LoadedComparison(
            comparison, reader.orphans(), Extras.none(), FormatVersion.CURRENT, notices),
        null);
  }

  private static JsonNode tree(ObjectMapper mapper, byte[] bytes) {
    try {
      return mapper.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("the file parsed once and must parse again", e);
    }
  }

  /** Notes whether the file has any field this version does not know. */
  private static final class UnknownFields extends DeserializationProblemHandler {
    boolean found;

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext context,
        JsonParser parser,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      found = true;
      parser.skipChildren();
      return true;
    }
  }
}
