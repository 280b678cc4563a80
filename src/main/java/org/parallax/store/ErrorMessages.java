package org.parallax.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's failures into sentences that name the problem and where it is. */
final class ErrorMessages {
  /** Where Jackson's messages start telling a programmer which parser feature to enable. */
  private static final Pattern PROGRAMMERS_ADVICE =
      Pattern.compile(
          "[:;,]?\\s*\\(?(?:enable `|maybe a \\(non-standard\\)|not recognized as one"
              + "|JsonReadFeature|Feature ')");

  private ErrorMessages() {}

  /**
   * The message for {@code e}; {@code fallback} is where the parser stood, used when the exception
   * itself carries no location (tree binding, stream constraints).
   */
  static StoreException of(JsonProcessingException e, Limits limits, JsonLocation fallback) {
    JsonLocation at = known(e.getLocation()) ? e.getLocation() : fallback;
    if (e instanceof StreamConstraintsException) {
      return new StoreException(constraint(e.getOriginalMessage(), limits) + where(at) + ".", e);
    }
    if (e instanceof JsonEOFException) {
      return new StoreException(
          "The file ends too early; it may have been cut off" + where(at) + ".", e);
    }
    if (e instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()
        && String.valueOf(e.getOriginalMessage()).contains("out of range")) {
      return new StoreException(
          "The number at " + pointer(mapping.getPath()) + " is out of range" + where(at) + ".", e);
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return new StoreException(
          "The value at "
              + pointer(mapping.getPath())
              + " has the wrong type: "
              + expected(mapping)
              + " was expected"
              + where(at)
              + ".",
          e);
    }
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Invalid UTF-8")) {
      return new StoreException(
          "The file is not UTF-8 text, so it is not a Parallax comparison; it may be a binary file"
              + " or text in another encoding.",
          e);
    }
    if (atFirstToken(at)
        && (original.startsWith("Unrecognized token")
            || original.startsWith("Unexpected character"))) {
      return new StoreException(
          "The file is not JSON, so it is not a Parallax comparison; to read an essay, open it"
              + " with Open… or give it to the align command.",
          e);
    }
    if (original.startsWith("Non-standard token '")) {
      String token = original.substring(20, Math.max(20, original.indexOf('\'', 20)));
      return new StoreException(
          "The file holds "
              + token
              + " where a number belongs; a comparison's numbers are ordinary numbers"
              + where(at)
              + ".",
          e);
    }
    if (original.startsWith("Trailing token")) {
      return new StoreException(
          "The file is not valid JSON: there is more content after its end" + where(at) + ".", e);
    }
    return new StoreException(
        "The file is not valid JSON: " + firstLine(e.getOriginalMessage()) + where(at) + ".", e);
  }

  /** Whether the parser failed on the file's first word: then the file was never JSON at all. */
  private static boolean atFirstToken(JsonLocation at) {
    return known(at) && at.getLineNr() == 1 && at.getColumnNr() < 64;
  }

  private static boolean known(JsonLocation location) {
    return location != null && location.getLineNr() >= 1;
  }

  private static String constraint(String message, Limits limits) {
    String text = message == null ? "" : message;
    if (text.startsWith("String value length")) {
      return "The file holds a text longer than "
          + limits.maxStringLength()
          + " characters, far more than any comparison needs";
    }
    if (text.contains("nesting depth")) {
      return "The file nests lists or objects more than "
          + limits.maxNestingDepth()
          + " levels deep, which no comparison does";
    }
    if (text.startsWith("Number value length")) {
      return "The file holds a number with too many digits";
    }
    return "The file is larger than the " + (limits.maxFileBytes() >> 20) + " MB Parallax opens";
  }

  private static String where(JsonLocation location) {
    if (!known(location)) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /**
   * The first line of Jackson's message, without its advice to programmers (features to enable).
   */
  private static String firstLine(String message) {
    String text = message == null ? "unreadable content" : message;
    int newline = text.indexOf('\n');
    String line = newline < 0 ? text : text.substring(0, newline);
    Matcher advice = PROGRAMMERS_ADVICE.matcher(line);
    if (advice.find()) {
      line = line.substring(0, advice.start());
    }
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  private static String expected(JsonMappingException e) {
    JsonMappingException.Reference last = e.getPath().get(e.getPath().size() - 1);
    Class<?> type = leafType(e);
    if (type == null) {
      return last.getIndex() >= 0 ? "a different kind of value" : "another kind of value";
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a text string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isRecord() || Map.class.isAssignableFrom(type) || JsonNode.class == type) {
      return "an object";
    }
    return "another kind of value";
  }

  private static Class<?> leafType(JsonMappingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch) {
      return mismatch.getTargetType();
    }
    return null;
  }

  /** A JSON pointer ({@code /claims/3/id}) for Jackson's reference path. */
  static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      out.append('/');
      if (ref.getFieldName() != null) {
        out.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        out.append(ref.getIndex());
      }
    }
    return out.length() == 0 ? "/" : out.toString();
  }
}
