package org.parallax.ui.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Orphan;

class OrphansPanelTest {

  @Test
  void anOrphanedLinkSaysWhichClaimsItJoined() {
    Orphan link =
        new Orphan(
            Orphan.Kind.LINK,
            "L5",
            null,
            "",
            "",
            "",
            -1,
            -1,
            "{\"id\":\"L5\",\"a\":[\"A28\"],\"b\":[\"B7\",\"B8\"]}");

    assertThat(OrphansPanel.describe(link)).isEqualTo("Link L5 \u00b7 A28 \u2194 B7 + B8");
  }
}
