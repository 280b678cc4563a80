package org.parallax.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.store.ComparisonStore;
import org.parallax.store.LoadedComparison;

/** The demonstration comparison in docs/demo opens and shows every kind of work the app does. */
class DemoComparisonFileTest {

  private final LoadedComparison loaded = load();

  private static LoadedComparison load() {
    try {
      return new ComparisonStore().load(DemoComparison.FILE);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void itOpensWithoutNoticesAndSaysWhatItIsAndWhoMadeIt() {
    assertThat(loaded.notices()).isEmpty();
    assertThat(loaded.orphans()).isEmpty();
    assertThat(loaded.comparison().title()).isEqualTo(DemoComparison.TITLE);
    assertThat(loaded.comparison().annotator()).isEqualTo(DemoComparison.READER);
  }

  @Test
  void itHasConfirmedLinksOfEveryRelationSuggestionsAndNotes() {
    Comparison c = loaded.comparison();
    Set<String> relations =
        c.links().stream()
            .filter(l -> l.status() == LinkStatus.CONFIRMED)
            .map(Link::relation)
            .collect(Collectors.toSet());
    assertThat(relations)
        .containsExactlyInAnyOrderElementsOf(
            c.codebook().kinds(TagTarget.LINK).stream().map(TagKind::id).toList());
    assertThat(c.links()).anyMatch(l -> l.status() == LinkStatus.SUGGESTED);
    assertThat(c.links()).anyMatch(l -> !l.note().isBlank());
  }

  @Test
  void itHasConfirmedFramingTermsPairedAcrossTheEssays() {
    Comparison c = loaded.comparison();
    assertThat(c.terms())
        .anyMatch(t -> t.status() == LinkStatus.CONFIRMED && !t.pairedWith().isEmpty());
  }
}
