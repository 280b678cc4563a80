package org.parallax.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Orphan;
import org.parallax.model.Side;
import org.parallax.store.anchor.TextQuote;
import org.parallax.store.dto.OrphanEntry;
import org.parallax.store.dto.PositionEntry;
import org.parallax.store.dto.SelectorEntry;

/** Reads the saved orphans, and makes new ones from spans that could not be placed. */
final class OrphanReader {
  private OrphanReader() {}

  static void read(List<OrphanEntry> entries, List<Orphan> into) throws StoreException {
    List<OrphanEntry> items = Check.optionalList(entries, "/orphans", "the orphans");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      OrphanEntry entry = items.get(i);
      String pointer = "/orphans/" + i;
      Orphan.Kind kind =
          Check.choice(entry.kind(), Orphan.Kind.class, null, pointer + "/kind", "kind");
      String id = Check.id(entry.id(), pointer + "/id", "orphan");
      if (!seen.add(kind + ":" + id)) {
        throw Check.at(pointer + "/id", "Orphan " + id + " appears twice");
      }
      Side side =
          kind == Orphan.Kind.LINK && entry.document() == null
              ? null
              : Check.choice(entry.document(), Side.class, null, pointer + "/document", "side");
      JsonNode data = entry.data();
      if (data != null && !data.isObject()) {
        throw Check.at(pointer + "/data", "The saved data of orphan " + id + " is not an object");
      }
      into.add(fromSpan(kind, id, side, entry.selector(), data));
    }
  }

  static Orphan fromSpan(
      Orphan.Kind kind, String id, Side side, SelectorEntry selector, JsonNode data) {
    TextQuote quote = SpanPlacer.quote(selector == null ? null : selector.quote());
    PositionEntry position = selector == null ? null : selector.position();
    int start = position == null || position.start() == null ? -1 : position.start();
    int end = position == null || position.end() == null ? -1 : position.end();
    return new Orphan(
        kind,
        id,
        side,
        quote.exact(),
        quote.prefix(),
        quote.suffix(),
        start,
        end,
        data == null || data.isMissingNode() ? "{}" : data.toString());
  }
}
