package org.parallax.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recently opened comparison files, most recent first, at most {@link #MAX}, kept in a small
 * JSON file ({@code {"recent": ["/path/a.parallax.json", …]}}). Reading never fails: a missing or
 * damaged list is an empty one, and files that no longer exist are skipped.
 */
public final class RecentFiles {

  /** How many files the list keeps. */
  public static final int MAX = 10;

  private static final long MAX_LIST_BYTES = 1 << 20;

  private final Path storeFile;
  private final ObjectMapper mapper = Json.mapper(Limits.DEFAULT);

  public RecentFiles(Path storeFile) {
    this.storeFile = storeFile;
  }

  /** {@code ~/.parallax/recent.json}. */
  public static Path defaultPath() {
    return Path.of(System.getProperty("user.home"), ".parallax", "recent.json");
  }

  /** The files, most recent first, leaving out those that no longer exist. */
  public List<Path> load() {
    List<Path> files = new ArrayList<>();
    try {
      if (!Files.isRegularFile(storeFile) || Files.size(storeFile) > MAX_LIST_BYTES) {
        return files;
      }
      JsonNode recent = mapper.readTree(storeFile.toFile()).path("recent");
      for (JsonNode entry : recent) {
        if (entry.isTextual() && files.size() < MAX) {
          Path file = Path.of(entry.asText());
          if (Files.isRegularFile(file) && !files.contains(file)) {
            files.add(file);
          }
        }
      }
    } catch (IOException | InvalidPathException e) {
      return new ArrayList<>();
    }
    return files;
  }

  /** Puts {@code file} first (moving it if listed), trims to {@link #MAX} and saves the list. */
  public List<Path> add(Path file) throws StoreException {
    Path absolute = file.toAbsolutePath().normalize();
    List<Path> files = load();
    files.remove(absolute);
    files.add(0, absolute);
    while (files.size() > MAX) {
      files.remove(files.size() - 1);
    }
    save(files);
    return files;
  }

  /** Removes {@code file} from the list and saves it. */
  public List<Path> remove(Path file) throws StoreException {
    List<Path> files = load();
    files.remove(file.toAbsolutePath().normalize());
    save(files);
    return files;
  }

  private void save(List<Path> files) throws StoreException {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode recent = root.putArray("recent");
    files.forEach(f -> recent.add(f.toString()));
    try {
      Files.createDirectories(storeFile.toAbsolutePath().getParent());
      AtomicFile.write(storeFile, mapper.writeValueAsBytes(root), false);
    } catch (IOException e) {
      throw new StoreException(
          "Could not save the list of recent files to "
              + storeFile
              + ": "
              + IoMessages.reason(e)
              + ".",
          e);
    }
  }
}
