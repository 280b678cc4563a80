package org.parallax.prompts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Comparison;
import org.parallax.model.Prompt;
import org.parallax.model.Side;

/**
 * Makes the discussion prompts of a comparison from its tagged material, keeping the teacher's
 * work: prompts the teacher wrote or reworded keep their words and place; a made prompt whose
 * material is still there gets its words renewed (a quoted claim may have changed); one whose
 * material is gone (the link was untagged) is dropped, unless the teacher reworded it; new material
 * gets new prompts at the end. A prompt the teacher deleted comes back when its material is still
 * there.
 */
public final class PromptMaker {
  private static final Pattern NUMBERED = Pattern.compile("P(\\d{1,9})");

  private final List<PromptRule> rules;
  private final PromptTemplates templates;

  public PromptMaker(List<PromptRule> rules, PromptTemplates templates) {
    this.rules = List.copyOf(rules);
    this.templates = templates;
  }

  /** Every rule of {@link PromptRules}, worded by {@code templates}. */
  public static PromptMaker standard(PromptTemplates templates) {
    return new PromptMaker(PromptRules.all(), templates);
  }

  /** The questions the rules find in {@code c}, worded, in the rules' and the reading order. */
  public List<PromptDraft> drafts(Comparison c, Side order) {
    List<PromptDraft> drafts = new ArrayList<>();
    for (PromptRule rule : rules) {
      drafts.addAll(rule.drafts(c, order));
    }
    return drafts;
  }

  /** The comparison's prompts brought up to date with its tagged material (see the class). */
  public List<Prompt> refreshed(Comparison c, Side order) {
    List<PromptDraft> drafts = new ArrayList<>(drafts(c, order));
    List<Prompt> result = new ArrayList<>();
    for (Prompt p : c.prompts()) {
      if (p.handWritten()) {
        result.add(p);
        continue;
      }
      Optional<PromptDraft> same = takeSameMaterial(drafts, p);
      if (same.isPresent()) {
        PromptDraft d = same.get();
        result.add(
            p.edited()
                ? p.about(d.about())
                : new Prompt(p.id(), templates.word(d), d.about(), d.template(), false));
      } else if (p.edited()) {
        result.add(p);
      }
    }
    int next = highestNumber(c.prompts()) + 1;
    for (PromptDraft d : drafts) {
      result.add(new Prompt("P" + next++, templates.word(d), d.about(), d.template(), false));
    }
    return result;
  }

  /**
   * Removes from {@code drafts} and returns the first one made from {@code p}'s template about any
   * of the things {@code p} is about: the same link, term pair or essay's unanswered claims, even
   * when the reader has since linked some of those claims or tagged the words once more.
   */
  private static Optional<PromptDraft> takeSameMaterial(List<PromptDraft> drafts, Prompt p) {
    for (int i = 0; i < drafts.size(); i++) {
      PromptDraft d = drafts.get(i);
      if (d.template().equals(p.template()) && !Collections.disjoint(d.about(), p.about())) {
        return Optional.of(drafts.remove(i));
      }
    }
    return Optional.empty();
  }

  private static int highestNumber(List<Prompt> prompts) {
    int max = 0;
    for (Prompt p : prompts) {
      Matcher m = NUMBERED.matcher(p.id());
      if (m.matches()) {
        max = Math.max(max, Integer.parseInt(m.group(1)));
      }
    }
    return max;
  }
}
