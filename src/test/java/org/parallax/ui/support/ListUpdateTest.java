package org.parallax.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ListUpdateTest {
  private final List<String> changes = new ArrayList<>();

  private ObservableList<String> watched(String... items) {
    ObservableList<String> list = FXCollections.observableArrayList(items);
    list.addListener(
        (ListChangeListener<String>)
            c -> {
              while (c.next()) {
                changes.add(
                    c.getFrom() + " -" + c.getRemovedSize() + " +" + c.getAddedSubList().size());
              }
            });
    return list;
  }

  @Test
  void oneNewItemIsOneInsertion() {
    ObservableList<String> list = watched("a", "b", "d", "e");
    ListUpdate.replaceChanged(list, List.of("a", "b", "c", "d", "e"));
    assertThat(list).containsExactly("a", "b", "c", "d", "e");
    assertThat(changes).containsExactly("2 -0 +1");
  }

  @Test
  void oneRemovedItemIsOneRemoval() {
    ObservableList<String> list = watched("a", "b", "c", "d");
    ListUpdate.replaceChanged(list, List.of("a", "c", "d"));
    assertThat(list).containsExactly("a", "c", "d");
    assertThat(changes).containsExactly("1 -1 +0");
  }

  @Test
  void theSameContentsChangeNothing() {
    ObservableList<String> list = watched("a", "b");
    ListUpdate.replaceChanged(list, List.of("a", "b"));
    assertThat(changes).isEmpty();
  }

  @Test
  void aChangedItemInTheMiddleIsReplacedAlone() {
    ObservableList<String> list = watched("a", "b", "c");
    ListUpdate.replaceChanged(list, List.of("a", "x", "c"));
    assertThat(list).containsExactly("a", "x", "c");
    assertThat(changes).isNotEmpty().allMatch(change -> change.startsWith("1 -"));
  }

  @Property(tries = 300)
  void alwaysEndsWithTheWantedContents(
      @ForAll @Size(max = 8) List<@IntRange(max = 3) Integer> before,
      @ForAll @Size(max = 8) List<@IntRange(max = 3) Integer> after) {
    ObservableList<Integer> list = FXCollections.observableArrayList(before);
    ListUpdate.replaceChanged(list, after);
    assertThat(list).isEqualTo(after);
  }
}
