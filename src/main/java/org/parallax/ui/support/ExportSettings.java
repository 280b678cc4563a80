package org.parallax.ui.support;

/**
 * What the export dialog remembers between runs.
 *
 * @param folder the folder of the last export, or empty before the first
 * @param format the id of the format last exported ({@code html}), or empty
 * @param openWhenDone whether the file is opened in the desktop's viewer once written
 */
public record ExportSettings(String folder, String format, boolean openWhenDone) {
  public static final ExportSettings DEFAULTS = new ExportSettings("", "", false);

  public ExportSettings {
    folder = folder == null ? "" : folder;
    format = format == null ? "" : format;
  }
}
