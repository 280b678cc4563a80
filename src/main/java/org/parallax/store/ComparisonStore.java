package org.parallax.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.files.InputFile;
import org.parallax.files.RefusedFileException;
import org.parallax.model.Comparison;
import org.parallax.store.anchor.WorkBudget;
import org.parallax.store.dto.ComparisonFile;
import org.parallax.task.CancelledException;
import org.parallax.task.Progress;

/**
 * Saves and loads comparison files ({@code .parallax.json}, see docs/format.md). Saving is atomic
 * and keeps the previous version as {@code .bak}; loading checks everything, migrates older
 * versions, keeps unknown fields of newer minor versions, re-anchors spans whose text changed, and
 * fails only with {@link StoreException}. Safe to share between threads.
 */
public final class ComparisonStore {

  /** The suggested file name ending. */
  public static final String EXTENSION = ".parallax.json";

  /** The version of Parallax written into files. */
  public static final String APP_VERSION = "0.1.0";

  private final Limits limits;
  private final ObjectMapper mapper;
  private final ModelWriter writer;

  public ComparisonStore() {
    this(Limits.DEFAULT);
  }

  public ComparisonStore(Limits limits) {
    this.limits = limits;
    this.mapper = Json.mapper(limits);
    this.writer = new ModelWriter(mapper, APP_VERSION);
  }

  /** Saves a comparison that has no orphans or extras to keep. */
  public void save(Comparison comparison, Path file) throws StoreException {
    save(LoadedComparison.of(comparison), file);
  }

  /**
   * Saves atomically: afterwards {@code file} holds the new content and {@code file.bak} the
   * previous one; if anything fails, {@code file} is unchanged.
   */
  public void save(LoadedComparison state, Path file) throws StoreException {
    byte[] bytes = write(state);
    boolean existed = Files.exists(file);
    try {
      AtomicFile.write(file, bytes, true);
    } catch (IOException e) {
      throw new StoreException(
          "Could not save to "
              + file
              + ": "
              + IoMessages.reason(e)
              + (existed ? ". The file is unchanged." : ". Nothing was written."),
          e);
    }
  }

  /** The file content for {@code state}, without touching the disk. */
  public byte[] write(LoadedComparison state) throws StoreException {
    ComparisonFile dto = writer.write(state.comparison(), state.orphans());
    try {
      if (state.extras().isEmpty()) {
        return mapper.writeValueAsBytes(dto);
      }
      ObjectNode tree = mapper.valueToTree(dto);
      state.extras().mergeInto(tree);
      return mapper.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new StoreException("The comparison could not be written as JSON.", e);
    }
  }

  /** Loads a file exactly as the app opens it. */
  public LoadedComparison load(Path file) throws StoreException {
    return load(file, Progress.NONE);
  }

  /**
   * Loads a file, reporting to {@code progress} how many claims and terms are placed.
   *
   * @throws CancelledException once {@code progress} is cancelled
   */
  public LoadedComparison load(Path file, Progress progress) throws StoreException {
    byte[] bytes;
    try {
      bytes = InputFile.read(file, file.toString(), limits.maxFileBytes(), "comparison files");
    } catch (RefusedFileException e) {
      if (e.kind() == RefusedFileException.Kind.MISSING) {
        throw new StoreException("There is no file at " + file + ".", e);
      }
      throw new StoreException(e.getMessage(), e);
    }
    return read(bytes, progress);
  }

  /** Loads a comparison from the bytes of a file. */
  public LoadedComparison read(byte[] bytes) throws StoreException {
    return read(bytes, Progress.NONE);
  }

  /**
   * Loads a comparison from the bytes of a file, reporting to {@code progress}.
   *
   * @throws CancelledException once {@code progress} is cancelled
   */
  public LoadedComparison read(byte[] bytes, Progress progress) throws StoreException {
    try {
      return parse(bytes, progress);
    } catch (CancelledException e) {
      throw e;
    } catch (RuntimeException e) {
      throw StoreException.unexpected("its content", e);
    }
  }

  private LoadedComparison parse(byte[] bytes, Progress progress) throws StoreException {
    EntryCounts.check(mapper.getFactory(), bytes, limits.maxEntries());
    FastPath.Result quick = FastPath.read(mapper, bytes, progress);
    return quick.loaded() != null ? quick.loaded() : parseTree(bytes, quick.failure(), progress);
  }

  /**
   * The careful path: the whole file as a tree first, so that the version can be checked before
   * anything else, older versions migrated, unknown fields collected and errors located exactly.
   */
  private LoadedComparison parseTree(
      byte[] bytes, JsonProcessingException streamFailure, Progress progress)
      throws StoreException {
    JsonNode root;
    try (JsonParser parser = mapper.createParser(bytes)) {
      try {
        root = mapper.readTree(parser);
      } catch (JsonProcessingException e) {
        throw ErrorMessages.of(e, limits, parser.currentLocation());
      }
    } catch (IOException e) {
      throw new StoreException("The file could not be read: " + IoMessages.reason(e) + ".", e);
    }
    if (root == null || root.isMissingNode()) {
      throw new StoreException("The file is empty.");
    }
    if (!root.isObject()) {
      throw new StoreException(
          "The file does not hold a Parallax comparison: its top level is "
              + kind(root)
              + ", not an object.");
    }
    FormatVersion version = TopLevel.check(root);
    List<String> notices = new ArrayList<>();
    if (version.compareTo(FormatVersion.CURRENT) < 0) {
      Migrations.migrate((ObjectNode) root, version);
      notices.add("Updated from format " + version + " to " + FormatVersion.CURRENT + ".");
    } else if (version.compareTo(FormatVersion.CURRENT) > 0) {
      notices.add(
          "Saved by a newer Parallax (format "
              + version
              + "); fields this version does not know are kept as they are.");
    }
    ComparisonFile file;
    try {
      file = mapper.treeToValue(root, ComparisonFile.class);
    } catch (JsonProcessingException e) {
      throw ErrorMessages.of(e, limits, sameFailure(e, streamFailure, version));
    }
    JsonNode tree = root;
    ModelReader reader = new ModelReader(file, () -> tree, WorkBudget.standard(), progress);
    Comparison comparison = reader.read();
    notices.addAll(reader.notices());
    return new LoadedComparison(
        comparison, reader.orphans(), Extras.collect(root), version, notices);
  }

  /**
   * Where the one-pass reading hit the same type error, if it did: tree binding knows the JSON
   * pointer but not the line, the stream knows both. Only valid when nothing was migrated.
   */
  private static JsonLocation sameFailure(
      JsonProcessingException treeFailure,
      JsonProcessingException streamFailure,
      FormatVersion version) {
    if (version.equals(FormatVersion.CURRENT)
        && treeFailure instanceof JsonMappingException tree
        && streamFailure instanceof JsonMappingException stream
        && ErrorMessages.pointer(tree.getPath()).equals(ErrorMessages.pointer(stream.getPath()))) {
      return stream.getLocation();
    }
    return null;
  }

  private static String kind(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      return "a text string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    return "the value " + node;
  }
}
