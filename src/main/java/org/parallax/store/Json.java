package org.parallax.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Jackson set-up every file goes through. Default typing stays off (no class names ever come
 * from a file), duplicate keys and trailing content are errors, scalars are never coerced from one
 * type to another, and the stream-read constraints of {@link Limits} bound what a file can make the
 * parser allocate.
 *
 * <p>One mapper is shared per set of limits: a mapper is thread-safe once built, and a new one
 * learns every class of the file format again (its serializers and deserializers) on first use,
 * which made each new {@link ComparisonStore} (one per classroom merge, per exported or re-anchored
 * file) pay tens of milliseconds before reading a byte.
 */
final class Json {
  private static final Map<Limits, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

  private Json() {}

  /** The mapper for files within {@code limits}; never reconfigure it (it is shared). */
  static ObjectMapper mapper(Limits limits) {
    return MAPPERS.computeIfAbsent(limits, Json::build);
  }

  private static ObjectMapper build(Limits limits) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxFileBytes())
            .maxNumberLength(100)
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    return JsonMapper.builder(factory)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // Nor a number or true/false where text belongs: "formatVersion": 1.1 is not "1.1".
        .withCoercionConfig(
            LogicalType.Textual,
            config ->
                config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(new CompactLines())
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }
}
