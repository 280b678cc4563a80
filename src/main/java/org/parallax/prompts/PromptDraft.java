package org.parallax.prompts;

import java.util.List;

/**
 * A question a rule found material for, before it is worded.
 *
 * @param template the template's key in the bundle
 * @param about the ids of what the question is about (a link, term tags, claims)
 * @param arguments what fills the template's places, in order
 */
public record PromptDraft(String template, List<String> about, List<Object> arguments) {
  public PromptDraft {
    about = List.copyOf(about);
    arguments = List.copyOf(arguments);
  }
}
