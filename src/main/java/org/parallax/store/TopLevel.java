package org.parallax.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Checks that a JSON object is a Parallax comparison and that its version can be read. */
final class TopLevel {
  private TopLevel() {}

  static FormatVersion check(JsonNode root) throws StoreException {
    JsonNode format = root.get("format");
    if (format == null || !format.isTextual() || !ModelWriter.FORMAT.equals(format.asText())) {
      throw new StoreException(
          "This JSON file is not a Parallax comparison: it lacks \"format\": \""
              + ModelWriter.FORMAT
              + "\" at the top (at /format).");
    }
    JsonNode versionNode = root.get("formatVersion");
    if (versionNode == null || !versionNode.isTextual()) {
      throw new StoreException(
          "The file does not say which format version it uses: \"formatVersion\" should be a"
              + " string such as \""
              + FormatVersion.CURRENT
              + "\" (at /formatVersion).");
    }
    Optional<FormatVersion> parsed = FormatVersion.parse(versionNode.asText());
    if (parsed.isEmpty()) {
      throw new StoreException(
          "\""
              + Check.shorten(versionNode.asText())
              + "\" is not a format version such as \""
              + FormatVersion.CURRENT
              + "\" (at /formatVersion).");
    }
    FormatVersion version = parsed.get();
    if (version.major() > FormatVersion.CURRENT.major()) {
      throw new StoreException(
          "This comparison was saved in format version "
              + version
              + " by a newer Parallax; this version reads format "
              + FormatVersion.CURRENT.major()
              + ".x. Update Parallax to open it.");
    }
    if (version.compareTo(FormatVersion.V1_0) < 0) {
      throw new StoreException(
          "Format version " + version + " never existed; the first version is 1.0.");
    }
    return version;
  }
}
