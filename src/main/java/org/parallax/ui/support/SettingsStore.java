package org.parallax.ui.support;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Loads and saves {@link WindowSettings} and the export dialog's {@link ExportSettings}; the app
 * keeps them in the user's preferences.
 */
public interface SettingsStore {
  WindowSettings load();

  void save(WindowSettings settings);

  ExportSettings loadExport();

  /** Keeps the export choices at once (not only when the window closes). */
  void saveExport(ExportSettings settings);

  /** Settings kept in {@link Preferences} under the given node. */
  static SettingsStore preferences(Preferences node) {
    return new SettingsStore() {
      @Override
      public WindowSettings load() {
        WindowSettings d = WindowSettings.DEFAULTS;
        return new WindowSettings(
            node.getDouble("width", d.width()),
            node.getDouble("height", d.height()),
            node.getDouble("divider", d.divider()),
            node.getDouble("gutterWidth", d.gutterWidth()),
            node.getInt("fontSize", d.fontSize()),
            node.getBoolean("linkedScrolling", d.linkedScrolling()),
            node.getBoolean("dark", d.dark()),
            // Not "annotator": earlier versions filled that with the login ("root") unasked.
            node.get("readerName", d.annotator()),
            node.getBoolean("highContrast", d.highContrast()),
            node.getBoolean("tourSeen", d.tourSeen()));
      }

      @Override
      public void save(WindowSettings s) {
        node.putDouble("width", s.width());
        node.putDouble("height", s.height());
        node.putDouble("divider", s.divider());
        node.putDouble("gutterWidth", s.gutterWidth());
        node.putInt("fontSize", s.fontSize());
        node.putBoolean("linkedScrolling", s.linkedScrolling());
        node.putBoolean("dark", s.dark());
        node.put("readerName", s.annotator());
        node.putBoolean("highContrast", s.highContrast());
        node.putBoolean("tourSeen", s.tourSeen());
        flush();
      }

      @Override
      public ExportSettings loadExport() {
        ExportSettings d = ExportSettings.DEFAULTS;
        return new ExportSettings(
            node.get("exportFolder", d.folder()),
            node.get("exportFormat", d.format()),
            node.getBoolean("exportOpenWhenDone", d.openWhenDone()));
      }

      @Override
      public void saveExport(ExportSettings s) {
        node.put("exportFolder", s.folder());
        node.put("exportFormat", s.format());
        node.putBoolean("exportOpenWhenDone", s.openWhenDone());
        flush();
      }

      private void flush() {
        try {
          node.flush();
        } catch (BackingStoreException e) {
          // Losing window geometry or export choices is harmless; the next run uses defaults.
        }
      }
    };
  }

  /** Settings held in memory only: for tests and for a read-only preferences store. */
  static SettingsStore inMemory(WindowSettings initial) {
    return new SettingsStore() {
      private WindowSettings current = initial;
      private ExportSettings export = ExportSettings.DEFAULTS;

      @Override
      public WindowSettings load() {
        return current;
      }

      @Override
      public void save(WindowSettings settings) {
        current = settings;
      }

      @Override
      public ExportSettings loadExport() {
        return export;
      }

      @Override
      public void saveExport(ExportSettings settings) {
        export = settings;
      }
    };
  }
}
