package org.parallax.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.parallax.store.anchor.TextQuote;

/**
 * Brings a file tree written by an older format version up to {@link FormatVersion#CURRENT}, one
 * step at a time. Each step is a small, frozen transformation with a fixture file and a test; a
 * step never fails, it leaves anything it does not understand for the checks that follow.
 */
final class Migrations {
  private Migrations() {}

  /** Migrates {@code root} in place; returns the version it started from. */
  static FormatVersion migrate(ObjectNode root, FormatVersion from) {
    if (from.compareTo(FormatVersion.V1_0) <= 0) {
      addSelectors(root, "claims");
      addSelectors(root, "terms");
    }
    if (from.compareTo(FormatVersion.V1_1) <= 0 && !root.has("prompts")) {
      root.putArray("prompts");
    }
    if (from.compareTo(FormatVersion.V1_2) <= 0) {
      addSuggestedRelations(root);
    }
    if (from.compareTo(FormatVersion.CURRENT) < 0) {
      root.put("formatVersion", FormatVersion.CURRENT.toString());
    }
    return from;
  }

  /*
   * 1.1 → 1.2: discussion prompts were added; an older file has none, so it gets an empty list.
   */

  /**
   * 1.2 → 1.3: links carry the aligner's suggested relation and its reasons; an older file's links
   * have none, so they get an empty relation and no reasons.
   */
  private static void addSuggestedRelations(ObjectNode root) {
    JsonNode links = root.get("links");
    if (links == null || !links.isArray()) {
      return;
    }
    for (JsonNode item : links) {
      if (item instanceof ObjectNode link) {
        if (!link.has("suggestedRelation")) {
          link.put("suggestedRelation", "");
        }
        if (!link.has("relationReasons")) {
          link.putArray("relationReasons");
        }
      }
    }
  }

  /**
   * 1.0 → 1.1: a span's flat {@code start}/{@code end} become a position selector, and a quote
   * selector is derived from the embedded text so the span can be re-anchored later.
   */
  private static void addSelectors(ObjectNode root, String list) {
    JsonNode items = root.get(list);
    if (items == null || !items.isArray()) {
      return;
    }
    for (JsonNode item : items) {
      if (!(item instanceof ObjectNode span) || span.has("selector")) {
        continue;
      }
      JsonNode start = span.remove("start");
      JsonNode end = span.remove("end");
      ObjectNode selector = span.putObject("selector");
      ObjectNode position = selector.putObject("position");
      position.set("start", start);
      position.set("end", end);
      String text = documentText(root, span.path("document").asText(""));
      if (text != null
          && start != null
          && end != null
          && start.canConvertToExactIntegral()
          && end.canConvertToExactIntegral()) {
        int s = start.asInt();
        int e = end.asInt();
        if (s >= 0 && e >= s && e <= text.length()) {
          TextQuote quote = TextQuote.of(text, s, e);
          ObjectNode q = selector.putObject("quote");
          q.put("exact", quote.exact());
          q.put("prefix", quote.prefix());
          q.put("suffix", quote.suffix());
        }
      }
    }
  }

  private static String documentText(JsonNode root, String side) {
    JsonNode text = root.path("documents").path(side.toLowerCase(Locale.ROOT)).get("text");
    return text != null && text.isTextual() ? text.asText() : null;
  }
}
