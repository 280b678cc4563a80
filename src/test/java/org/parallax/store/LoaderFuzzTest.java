package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds the loader 100,000 damaged variants of a valid file: byte flips, cuts, insertions, deep
 * nesting, and values swapped for values of other types. Whatever the input, the only failure that
 * may escape is a {@link StoreException} naming a known problem; whatever loads must save again.
 */
class LoaderFuzzTest {
  private static final int INPUTS = 100_000;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ComparisonStore store = new ComparisonStore();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void noDamagedFileMakesTheLoaderFailWithAnythingButItsOwnError() throws Exception {
    byte[] valid = ComparisonStoreRoundTripTest.fixture(ComparisonStoreRoundTripTest.V1_3);
    byte[] compact = json.writeValueAsBytes(json.readTree(valid));
    JsonNode tree = json.readTree(valid);
    Random random = new Random(20261125);
    int loaded = 0;
    int refused = 0;
    for (int i = 0; i < INPUTS; i++) {
      byte[] input =
          i % 2 == 0
              ? mutateBytes(compact, random)
              : json.writeValueAsBytes(mutateTree(tree, random));
      try {
        store.write(store.read(input));
        loaded++;
      } catch (StoreException e) {
        assertThat(e.isUnexpected())
            .as("input %d: %s%n%s", i, e.getMessage(), new String(input, StandardCharsets.UTF_8))
            .isFalse();
        refused++;
      }
    }
    assertThat(loaded + refused).isEqualTo(INPUTS);
    assertThat(loaded).as("some mutations are harmless").isPositive();
    assertThat(refused).as("most mutations are refused").isGreaterThan(INPUTS / 2);
  }

  private static byte[] mutateBytes(byte[] valid, Random random) {
    byte[] out = valid.clone();
    int at = random.nextInt(out.length);
    switch (random.nextInt(5)) {
      case 0 -> out[at] = (byte) random.nextInt(256);
      case 1 -> out = Arrays.copyOf(out, at);
      case 2 -> {
        byte[] longer = new byte[out.length + 1];
        System.arraycopy(out, 0, longer, 0, at);
        longer[at] = "{}[],:\"0-e.\\ntf".getBytes(StandardCharsets.US_ASCII)[random.nextInt(15)];
        System.arraycopy(out, at, longer, at + 1, out.length - at);
        out = longer;
      }
      case 3 -> {
        int end = Math.min(out.length, at + 1 + random.nextInt(40));
        byte[] shorter = new byte[out.length - (end - at)];
        System.arraycopy(out, 0, shorter, 0, at);
        System.arraycopy(out, end, shorter, at, out.length - end);
        out = shorter;
      }
      default -> {
        String deep = "[".repeat(1 + random.nextInt(300));
        byte[] nested = deep.getBytes(StandardCharsets.US_ASCII);
        byte[] longer = new byte[out.length + nested.length];
        System.arraycopy(out, 0, longer, 0, at);
        System.arraycopy(nested, 0, longer, at, nested.length);
        System.arraycopy(out, at, longer, at + nested.length, out.length - at);
        out = longer;
      }
    }
    return out;
  }

  /** A copy of {@code tree} with one value replaced, removed, or a field added. */
  private static JsonNode mutateTree(JsonNode tree, Random random) {
    JsonNode copy = tree.deepCopy();
    List<ContainerNode<?>> containers = new ArrayList<>();
    collect(copy, containers);
    ContainerNode<?> target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        names.add(it.next().getKey());
      }
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(3)) {
        case 0 -> object.remove(name);
        case 1 -> object.set(name, randomValue(random, object.get(name)));
        default -> object.set(name + "x", randomValue(random, object.get(name)));
      }
    } else if (target instanceof ArrayNode array && array.size() > 0) {
      int index = random.nextInt(array.size());
      switch (random.nextInt(3)) {
        case 0 -> array.remove(index);
        case 1 -> array.set(index, randomValue(random, array.get(index)));
        default -> array.add(array.get(index).deepCopy());
      }
    }
    return copy;
  }

  private static void collect(JsonNode node, List<ContainerNode<?>> into) {
    if (node instanceof ContainerNode<?> container) {
      into.add(container);
      node.forEach(child -> collect(child, into));
    }
  }

  private static JsonNode randomValue(Random random, JsonNode old) {
    return switch (random.nextInt(10)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.numberNode(random.nextInt(400) - 100);
      case 2 -> NODES.numberNode(random.nextDouble() * 3 - 1);
      case 3 -> NODES.textNode(random.nextBoolean() ? "A1" : "");
      case 4 -> NODES.booleanNode(random.nextBoolean());
      case 5 -> NODES.arrayNode().add(old == null ? NODES.nullNode() : old.deepCopy());
      case 6 -> NODES.objectNode();
      case 7 -> NODES.numberNode(Long.MAX_VALUE);
      case 8 -> NODES.textNode(old == null ? "x" : old.asText() + "é");
      default -> NODES.numberNode(Double.NaN);
    };
  }
}
