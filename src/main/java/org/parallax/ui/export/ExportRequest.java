package org.parallax.ui.export;

import java.nio.file.Path;
import org.parallax.export.ExportOptions;
import org.parallax.export.Exporter;

/**
 * One export the reader asked for in the dialog.
 *
 * @param format the exporter
 * @param options what the reader chose
 * @param target the file to write, absolute
 * @param openWhenDone whether to open it in the desktop's viewer once written
 */
public record ExportRequest(
    Exporter format, ExportOptions options, Path target, boolean openWhenDone) {}
