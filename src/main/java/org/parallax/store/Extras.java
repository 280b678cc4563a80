package org.parallax.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.store.dto.ComparisonFile;

/**
 * Fields a file holds that this version of Parallax does not know, typically written by a newer
 * minor version. They are kept per object (the top level, each document and its metadata, each
 * claim, link, term, codebook entry and orphan, found again by id) and written back on save, so
 * reading and re-saving a newer file loses nothing. Objects without an identity (blocks, removed
 * passages) keep only the fields this version knows.
 */
public final class Extras {

  private static final Extras NONE = new Extras(Map.of());
  private static final Map<Class<?>, Map<String, Class<?>>> SHAPES = new ConcurrentHashMap<>();

  private final Map<String, Map<String, JsonNode>> byObject;

  private Extras(Map<String, Map<String, JsonNode>> byObject) {
    this.byObject = byObject;
  }

  /** No unknown fields. */
  public static Extras none() {
    return NONE;
  }

  public boolean isEmpty() {
    return byObject.isEmpty();
  }

  /** How many objects carry unknown fields. */
  public int objectCount() {
    return byObject.size();
  }

  /** Collects the unknown fields of a (migrated) file tree. */
  static Extras collect(JsonNode root) {
    Map<String, Map<String, JsonNode>> found = new HashMap<>();
    walk(
        "",
        root,
        ComparisonFile.class,
        (key, node, known) -> {
          Map<String, JsonNode> unknown = new LinkedHashMap<>();
          for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!known.contains(field.getKey())) {
              unknown.put(field.getKey(), field.getValue());
            }
          }
          if (!unknown.isEmpty()) {
            found.put(key, Collections.unmodifiableMap(unknown));
          }
        });
    return found.isEmpty() ? NONE : new Extras(Collections.unmodifiableMap(found));
  }

  /** Adds the kept fields back into a tree about to be written, never overwriting known ones. */
  void mergeInto(ObjectNode root) {
    if (byObject.isEmpty()) {
      return;
    }
    walk(
        "",
        root,
        ComparisonFile.class,
        (key, node, known) -> {
          Map<String, JsonNode> unknown = byObject.get(key);
          if (unknown != null) {
            unknown.forEach((name, value) -> ((ObjectNode) node).putIfAbsent(name, value));
          }
        });
  }

  private interface Visitor {
    void visit(String key, JsonNode node, Set<String> known);
  }

  private static void walk(String key, JsonNode node, Class<?> type, Visitor visitor) {
    if (node == null || !node.isObject()) {
      return;
    }
    Map<String, Class<?>> shape = shape(type);
    visitor.visit(key, node, shape.keySet());
    shape.forEach(
        (name, child) -> {
          if (child == null) {
            return;
          }
          JsonNode value = node.get(name);
          if (value != null && value.isArray()) {
            for (JsonNode item : value) {
              String id = identity(item);
              if (id != null) {
                walk(name + "[" + id + "]", item, child, visitor);
              }
            }
          } else {
            walk(key + "/" + name, value, child, visitor);
          }
        });
  }

  private static String identity(JsonNode item) {
    JsonNode id = item.get("id");
    if (id == null || !id.isTextual()) {
      return null;
    }
    return id.asText() + "|" + item.path("target").asText("") + "|" + item.path("kind").asText("");
  }

  /** Field name → record type of the value (or of list elements), null for plain values. */
  private static Map<String, Class<?>> shape(Class<?> type) {
    return SHAPES.computeIfAbsent(
        type,
        t -> {
          Map<String, Class<?>> fields = new LinkedHashMap<>();
          for (RecordComponent component : t.getRecordComponents()) {
            fields.put(component.getName(), recordTypeOf(component.getGenericType()));
          }
          return fields;
        });
  }

  private static Class<?> recordTypeOf(Type type) {
    if (type instanceof Class<?> c && c.isRecord()) {
      return c;
    }
    if (type instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> element
        && element.isRecord()) {
      return element;
    }
    return null;
  }
}
