package org.parallax.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsStoreTest {
  private final Preferences node =
      Preferences.userRoot().node("org/parallax/test/settings-" + UUID.randomUUID());

  @AfterEach
  void forget() throws Exception {
    node.removeNode();
  }

  @Test
  void theExportChoicesOutliveTheStoreThatKeptThem() {
    assertThat(SettingsStore.preferences(node).loadExport()).isEqualTo(ExportSettings.DEFAULTS);
    ExportSettings kept = new ExportSettings("/home/ada/handouts", "csv", true);

    SettingsStore.preferences(node).saveExport(kept);

    assertThat(SettingsStore.preferences(node).loadExport()).isEqualTo(kept);
  }

  @Test
  void keepingTheWindowLeavesTheExportChoicesAlone() {
    SettingsStore store = SettingsStore.preferences(node);
    ExportSettings kept = new ExportSettings("/tmp/out", "md", false);
    store.saveExport(kept);

    store.save(WindowSettings.DEFAULTS);

    assertThat(SettingsStore.preferences(node).loadExport()).isEqualTo(kept);
  }

  @Test
  void theHighContrastLookAndTheSeenTourOutliveTheStoreThatKeptThem() {
    WindowSettings d = WindowSettings.DEFAULTS;
    WindowSettings kept =
        new WindowSettings(
            d.width(),
            d.height(),
            d.divider(),
            d.gutterWidth(),
            d.fontSize(),
            d.linkedScrolling(),
            d.dark(),
            "Ada",
            true,
            true);

    SettingsStore.preferences(node).save(kept);

    WindowSettings loaded = SettingsStore.preferences(node).load();
    assertThat(loaded.highContrast()).isTrue();
    assertThat(loaded.tourSeen()).isTrue();
  }
}
