package org.parallax.ui.reading;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Block;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.ui.Styles;
import org.parallax.ui.align.Partner;

/**
 * Which style classes each part of one side's text gets: block kinds, light bands on alternate
 * claims, the selected claim, and its suggested partners (the best one strongest).
 */
final class ClaimHighlights {
  private ClaimHighlights() {}

  static List<StyledRange> of(
      Document document, List<Claim> claims, Claim selected, List<Partner> partners) {
    List<StyledRange> ranges = new ArrayList<>();
    for (Block block : document.blocks()) {
      switch (block.kind()) {
        case HEADING -> ranges.add(new StyledRange(block.start(), block.end(), Styles.HEADING));
        case EDITORIAL_NOTE ->
            ranges.add(new StyledRange(block.start(), block.end(), Styles.EDITORIAL_NOTE));
        case PARAGRAPH -> {}
      }
    }
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      ranges.add(
          new StyledRange(
              claim.start(), claim.end(), i % 2 == 0 ? Styles.CLAIM : Styles.CLAIM_BANDED));
    }
    if (selected != null && claims.contains(selected)) {
      ranges.add(new StyledRange(selected.start(), selected.end(), Styles.CLAIM_SELECTED));
    }
    for (Partner partner : partners) {
      Claim claim = partner.claim();
      if (claims.contains(claim)) {
        String style = partner.rank() == 1 ? Styles.CLAIM_PARTNER_BEST : Styles.CLAIM_PARTNER;
        ranges.add(new StyledRange(claim.start(), claim.end(), style));
      }
    }
    return ranges;
  }
}
