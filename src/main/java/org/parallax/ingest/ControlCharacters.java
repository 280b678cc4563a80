package org.parallax.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.RemovedPassage;

/**
 * Takes control characters out of imported text: an essay has no use for escapes, bells or
 * backspaces, and they would reach every claim, every export and every terminal the text is printed
 * on. Terminal codes are removed whole ({@code ESC [31m}, {@code ESC ]0;title BEL}), not only their
 * first character. Tabs, line and page breaks stay; they are white space the normaliser handles.
 */
final class ControlCharacters {
  private static final Pattern TERMINAL_CODE =
      Pattern.compile("\\x1B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\\x07\\x1B]*(?:\\x07|\\x1B\\\\)?)");
  private static final Pattern CONTROL =
      Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F\\x80-\\x84\\x86-\\x9F]");

  /** The text without control characters, and what was removed (empty when nothing was). */
  record Stripped(String text, Optional<RemovedPassage> removed) {}

  private ControlCharacters() {}

  static Stripped strip(String text) {
    if (!CONTROL.matcher(text).find()) {
      return new Stripped(text, Optional.empty());
    }
    Matcher codes = TERMINAL_CODE.matcher(text);
    int codeCount = 0;
    StringBuilder withoutCodes = new StringBuilder(text.length());
    while (codes.find()) {
      codeCount++;
      codes.appendReplacement(withoutCodes, "");
    }
    codes.appendTail(withoutCodes);
    Matcher controls = CONTROL.matcher(withoutCodes);
    int controlCount = 0;
    StringBuilder clean = new StringBuilder(withoutCodes.length());
    while (controls.find()) {
      controlCount++;
      controls.appendReplacement(clean, "");
    }
    controls.appendTail(clean);
    String what =
        (codeCount > 0 ? codeCount + (codeCount == 1 ? " terminal code" : " terminal codes") : "")
            + (codeCount > 0 && controlCount > 0 ? " and " : "")
            + (controlCount > 0
                ? controlCount + (controlCount == 1 ? " control character" : " control characters")
                : "");
    return new Stripped(
        clean.toString(),
        Optional.of(new RemovedPassage(what + " (invisible in text)", "control characters")));
  }
}
