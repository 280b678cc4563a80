package org.parallax.prompts;

import java.util.List;
import org.parallax.model.Comparison;
import org.parallax.model.Side;

/** One kind of discussion question: finds the material for it in a tagged comparison. */
public interface PromptRule {

  /**
   * The drafts this rule finds in {@code comparison}, following the reading order of {@code order}.
   * Only the reader's confirmed work counts: suggestions are not yet anybody's claim.
   */
  List<PromptDraft> drafts(Comparison comparison, Side order);
}
