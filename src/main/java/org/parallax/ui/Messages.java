package org.parallax.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Every word the window shows comes from {@code messages.properties} through this facade. */
public final class Messages {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("org.parallax.ui.messages", Locale.ROOT);

  private Messages() {}

  /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
  public static String get(String key, Object... args) {
    String pattern = BUNDLE.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /** Whether the bundle defines {@code key}. */
  public static boolean has(String key) {
    return BUNDLE.containsKey(key);
  }
}
