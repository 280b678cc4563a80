package org.parallax.ui.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;

/**
 * A filter box: a button that reads what the filter keeps ("Relations: Reframe") and opens a list
 * of choices to tick, which stays open while the reader ticks several. The ticks mirror a set of
 * the list model, both ways.
 *
 * <p>Replaces ControlsFX's CheckComboBox, whose box redraws its text only when a tick changes: a
 * title that depends on the ticks showed the previous state, and changing the choices (a relation
 * added to the codebook) left it blank.
 */
final class FilterMenu<T> extends MenuButton {
  private final ObservableSet<T> kept;
  private final List<T> choices = new ArrayList<>();
  private final List<CheckBox> boxes = new ArrayList<>();

  FilterMenu(String id, ObservableSet<T> kept, ObservableStringValue title) {
    this.kept = kept;
    setId(id);
    textProperty().bind(title);
    kept.addListener((SetChangeListener<T>) c -> showTicks());
  }

  /** Offers {@code newChoices}, named by {@code label}; ticks of choices no longer offered go. */
  void setChoices(List<T> newChoices, Function<T, String> label, Function<T, String> idSuffix) {
    choices.clear();
    choices.addAll(newChoices);
    boxes.clear();
    getItems().clear();
    kept.retainAll(newChoices);
    for (T choice : newChoices) {
      CheckBox box = new CheckBox(label.apply(choice));
      box.setId(getId() + "-" + idSuffix.apply(choice));
      box.setSelected(kept.contains(choice));
      box.selectedProperty()
          .addListener(
              (obs, was, ticked) -> {
                if (ticked) {
                  kept.add(choice);
                } else {
                  kept.remove(choice);
                }
              });
      boxes.add(box);
      getItems().add(new CustomMenuItem(box, false));
    }
  }

  /** The choices offered, in order. */
  List<T> choices() {
    return List.copyOf(choices);
  }

  private void showTicks() {
    for (int i = 0; i < boxes.size(); i++) {
      boxes.get(i).setSelected(kept.contains(choices.get(i)));
    }
  }
}
