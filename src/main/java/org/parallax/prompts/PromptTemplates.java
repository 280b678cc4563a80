package org.parallax.prompts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The wording of the questions, from the bundle {@code org/parallax/prompts/templates*.properties}
 * (one file per language; English is the base). Templates are {@link MessageFormat} patterns.
 */
public final class PromptTemplates {
  private static final String BUNDLE = "org.parallax.prompts.templates";

  private final ResourceBundle bundle;
  private final Locale locale;

  private PromptTemplates(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The templates for {@code locale}, falling back to English. */
  public static PromptTemplates forLocale(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new PromptTemplates(bundle, locale);
  }

  /** Whether there is a template called {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The question {@code draft} asks, in words. */
  public String word(PromptDraft draft) {
    String pattern;
    try {
      pattern = bundle.getString(draft.template());
    } catch (MissingResourceException e) {
      throw new IllegalStateException("No prompt template called " + draft.template(), e);
    }
    return new MessageFormat(pattern, locale).format(draft.arguments().toArray()).strip();
  }
}
