package org.parallax.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A comparison's claims by id and by side, built once per claims list. Edits that leave the claims
 * alone (a tag, a relation, a note) hand the same immutable list to the next comparison, so every
 * comparison of an editing session shares one table until a claim is split or merged. Over a
 * book-length pair this turns each look-up by id from a scan of some ten thousand claims into a
 * hash look-up.
 */
final class ClaimTable {
  private static final int SLOTS = 4;

  /** The tables of the last few claims lists; few, so that old lists are not kept alive long. */
  private static final ClaimTable[] recent = new ClaimTable[SLOTS];

  private static int next;

  private final List<Claim> claims;
  private final Map<String, Claim> byId = new HashMap<>();
  private final List<Claim> sideA;
  private final List<Claim> sideB;

  private ClaimTable(List<Claim> claims) {
    this.claims = claims;
    for (Claim claim : claims) {
      byId.putIfAbsent(claim.id(), claim);
    }
    sideA = claims.stream().filter(c -> c.side() == Side.A).toList();
    sideB = claims.stream().filter(c -> c.side() == Side.B).toList();
  }

  /** The table of {@code claims}, which must be an immutable list (the comparison's own). */
  static synchronized ClaimTable of(List<Claim> claims) {
    for (ClaimTable table : recent) {
      if (table != null && table.claims == claims) {
        return table;
      }
    }
    ClaimTable table = new ClaimTable(claims);
    recent[next] = table;
    next = (next + 1) % SLOTS;
    return table;
  }

  /** The first claim with {@code id}, or null. */
  Claim byId(String id) {
    return byId.get(id);
  }

  List<Claim> side(Side side) {
    return side == Side.A ? sideA : sideB;
  }
}
