package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Prompt;

class PromptEditsTest {
  private final Edits edits = Fixtures.edits();
  private final Comparison start =
      Fixtures.small()
          .withPrompts(
              List.of(
                  new Prompt("P1", "Why open?", List.of("L2"), "relation.contradict", false),
                  new Prompt("P2", "Who stayed?", List.of(), "", false)));

  @Test
  void aTeachersPromptGetsTheNextFreeIdAndGoesWhereAsked() {
    Change add = edits.addPrompt(start, 1, "  What would a resident say?  ", List.of("A3"));

    Comparison after = add.applyTo(start);

    assertThat(after.prompts()).extracting(Prompt::id).containsExactly("P1", "P3", "P2");
    Prompt added = after.prompts().get(1);
    assertThat(added.text()).isEqualTo("What would a resident say?");
    assertThat(added.about()).containsExactly("A3");
    assertThat(added.handWritten()).isTrue();
    assertThat(add.inverse().applyTo(after)).isEqualTo(start);
  }

  @Test
  void rewordingAMadePromptMarksItEditedAndUndoTakesItBack() {
    Change reword = edits.rewordPrompt(start, "P1", "What would settle it?");

    Comparison after = reword.applyTo(start);

    assertThat(after.prompts().get(0).text()).isEqualTo("What would settle it?");
    assertThat(after.prompts().get(0).edited()).isTrue();
    assertThat(reword.inverse().applyTo(after)).isEqualTo(start);
  }

  @Test
  void theSameWordsAreNoChange() {
    assertThat(edits.rewordPrompt(start, "P1", "Why open?").applyTo(start)).isEqualTo(start);
  }

  @Test
  void aPromptWithoutWordsIsRefused() {
    assertThatThrownBy(() -> edits.rewordPrompt(start, "P1", "   "))
        .hasMessage("A prompt needs some words.");
    assertThatThrownBy(() -> edits.addPrompt(start, 0, "", List.of()))
        .hasMessage("A prompt needs some words.");
  }

  @Test
  void movingAndDeletingAreUndoneExactly() {
    Change move = edits.movePrompt(start, "P2", 0);
    Comparison moved = move.applyTo(start);
    Change remove = edits.removePrompt(moved, "P1");
    Comparison removed = remove.applyTo(moved);

    assertThat(moved.prompts()).extracting(Prompt::id).containsExactly("P2", "P1");
    assertThat(removed.prompts()).extracting(Prompt::id).containsExactly("P2");
    assertThat(move.inverse().applyTo(remove.inverse().applyTo(removed))).isEqualTo(start);
  }

  @Test
  void aFreshListIsOneStepAndRefusesTwoPromptsWithOneId() {
    List<Prompt> fresh = List.of(new Prompt("P5", "New?", List.of(), "", false));

    Change replace = edits.replacePrompts(start, fresh, "Make prompts");

    assertThat(replace.applyTo(start).prompts()).isEqualTo(fresh);
    assertThat(replace.inverse().applyTo(replace.applyTo(start))).isEqualTo(start);
    assertThatThrownBy(() -> edits.replacePrompts(start, List.of(fresh.get(0), fresh.get(0)), "x"))
        .hasMessage("Two prompts have the id P5.");
  }

  @Test
  void anUnknownPromptIsNamed() {
    assertThatThrownBy(() -> edits.removePrompt(start, "P9")).hasMessage("There is no prompt P9.");
  }

  @Test
  void otherEditsKeepThePrompts() {
    Comparison after = edits.setNote(start, "L2", "new note").applyTo(start);

    assertThat(after.prompts()).isEqualTo(start.prompts());
  }
}
