package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.BlockKind;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;

/**
 * Turns {@link RawText} into a {@link Document}. Control characters (escapes, bells, backspaces,
 * with the terminal codes they begin) are removed and reported in both modes. Full cleaning
 * normalises the text (NFC, line endings, spaces) and then runs generic rules, each recording what
 * it removed and why: breadcrumb navigation, page furniture lines (subscription, sharing, cookies,
 * "P.S."), bare web addresses, the byline, the repeated title, closing credit lines, author
 * biographies (kept as author notes), link markup, paragraphs split mid-sentence, and a lead
 * paragraph repeated later. What is left is classified into paragraphs, headings and editorial
 * notes.
 */
public final class Cleaner {

  private static final List<CleaningStep> STEPS =
      List.of(
          new BreadcrumbStep(),
          new BoilerplateLineStep(),
          new SourceUrlStep(),
          new BylineStep(),
          new TitleStep(),
          new TrailingCreditStep(),
          new AuthorBioStep(),
          new TrailingCreditStep(),
          new LinkMarkupStep(),
          new BrokenLineJoinStep(),
          new RepeatedParagraphStep());

  /**
   * Cleans {@code raw} fully.
   *
   * @return the cleaned document; its metadata is the hints merged with what cleaning found (title,
   *     byline authors and date, source URL, publisher, author biographies as author notes), hints
   *     winning where both have a value; with no title anywhere, the source name without its
   *     extension is the title
   */
  public Document clean(RawText raw) {
    ControlCharacters.Stripped stripped = ControlCharacters.strip(raw.text());
    List<String> texts = TextNormalizer.paragraphs(TextNormalizer.canonical(stripped.text()));
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      paragraphs.add(new Paragraph(i, texts.get(i)));
    }
    Draft draft = new Draft(paragraphs, raw.hints());
    stripped.removed().ifPresent(r -> draft.record(-1, r.text(), r.reason()));
    for (CleaningStep step : STEPS) {
      step.apply(draft);
    }
    List<String> blocks = new ArrayList<>();
    List<BlockKind> kinds = new ArrayList<>();
    for (int i = 0; i < draft.size(); i++) {
      blocks.add(draft.text(i));
      kinds.add(BlockClassifier.kindOf(draft.get(i), i + 1 < draft.size()));
    }
    return DocumentAssembler.assemble(
        blocks, kinds, withTitle(draft.metadata().build(), raw), draft.removed());
  }

  /**
   * Imports {@code raw} with cleaning switched off: only Unicode NFC, line endings and the split
   * into paragraphs at blank lines. Nothing is removed but control characters; every block is a
   * paragraph and the metadata is the hints (titled after the source name if the hints have no
   * title).
   */
  public Document keepAsIs(RawText raw) {
    ControlCharacters.Stripped stripped = ControlCharacters.strip(raw.text());
    List<String> blocks = TextNormalizer.blocks(TextNormalizer.canonical(stripped.text()));
    List<BlockKind> kinds = blocks.stream().map(b -> BlockKind.PARAGRAPH).toList();
    return DocumentAssembler.assemble(
        blocks, kinds, withTitle(raw.hints(), raw), stripped.removed().stream().toList());
  }

  /** Names an untitled document after its source ("bridge-report.txt" gives "bridge-report"). */
  private static DocumentMetadata withTitle(DocumentMetadata metadata, RawText raw) {
    if (!metadata.title().isBlank()) {
      return metadata;
    }
    return metadata.withTitle(raw.sourceName().replaceFirst("\\.[A-Za-z0-9]{1,8}$", ""));
  }
}
