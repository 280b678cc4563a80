package org.parallax.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Block;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Link;
import org.parallax.model.Orphan;
import org.parallax.model.RemovedPassage;
import org.parallax.model.TagKind;
import org.parallax.model.TermTag;
import org.parallax.store.anchor.TextQuote;
import org.parallax.store.dto.BlockEntry;
import org.parallax.store.dto.ClaimEntry;
import org.parallax.store.dto.ComparisonFile;
import org.parallax.store.dto.DocumentEntry;
import org.parallax.store.dto.DocumentsEntry;
import org.parallax.store.dto.KindEntry;
import org.parallax.store.dto.LinkEntry;
import org.parallax.store.dto.MetadataEntry;
import org.parallax.store.dto.OrphanEntry;
import org.parallax.store.dto.PositionEntry;
import org.parallax.store.dto.PromptEntry;
import org.parallax.store.dto.QuoteEntry;
import org.parallax.store.dto.RemovedEntry;
import org.parallax.store.dto.SelectorEntry;
import org.parallax.store.dto.TermEntry;

/** Maps the live model (and its orphans) to the saved records, checking spans fit their texts. */
final class ModelWriter {
  static final String FORMAT = "parallax-comparison";

  private final ObjectMapper mapper;
  private final String appVersion;

  ModelWriter(ObjectMapper mapper, String appVersion) {
    this.mapper = mapper;
    this.appVersion = appVersion;
  }

  ComparisonFile write(Comparison c, List<Orphan> orphans) throws StoreException {
    List<ClaimEntry> claims = new ArrayList<>(c.claims().size());
    for (Claim claim : c.claims()) {
      claims.add(
          new ClaimEntry(
              claim.id(),
              claim.side().name(),
              selector(
                  c.document(claim.side()), "Claim " + claim.id(), claim.start(), claim.end())));
    }
    List<LinkEntry> links = new ArrayList<>(c.links().size());
    for (Link l : c.links()) {
      links.add(
          new LinkEntry(
              l.id(),
              l.aClaims(),
              l.bClaims(),
              Check.lower(l.status()),
              l.relation(),
              l.score(),
              l.reasons(),
              l.note(),
              l.annotator(),
              time(l.created()),
              time(l.modified()),
              l.suggestedRelation(),
              l.relationReasons()));
    }
    List<TermEntry> terms = new ArrayList<>(c.terms().size());
    for (TermTag t : c.terms()) {
      terms.add(
          new TermEntry(
              t.id(),
              t.side().name(),
              selector(c.document(t.side()), "Term tag " + t.id(), t.start(), t.end()),
              t.frame(),
              t.note(),
              t.pairedWith(),
              Check.lower(t.status()),
              t.annotator(),
              time(t.created()),
              time(t.modified())));
    }
    List<KindEntry> codebook = new ArrayList<>();
    for (TagKind k : c.codebook().kinds()) {
      codebook.add(
          new KindEntry(k.id(), Check.lower(k.target()), k.label(), k.colour(), k.description()));
    }
    return new ComparisonFile(
        FORMAT,
        FormatVersion.CURRENT.toString(),
        appVersion,
        c.title(),
        c.annotator(),
        time(c.created()),
        time(c.modified()),
        new DocumentsEntry(document(c.a()), document(c.b())),
        claims,
        links,
        terms,
        codebook,
        prompts(c),
        orphans(orphans));
  }

  private static SelectorEntry selector(Document d, String what, int start, int end)
      throws StoreException {
    if (end > d.text().length()) {
      throw new StoreException(
          what + " ends past the end of its document's text, so the comparison was not saved.");
    }
    TextQuote q = TextQuote.of(d.text(), start, end);
    return new SelectorEntry(
        new PositionEntry(start, end), new QuoteEntry(q.exact(), q.prefix(), q.suffix()));
  }

  static DocumentEntry document(Document d) {
    List<BlockEntry> blocks = new ArrayList<>(d.blocks().size());
    for (Block b : d.blocks()) {
      blocks.add(new BlockEntry(Check.lower(b.kind()), b.start(), b.end()));
    }
    List<RemovedEntry> removed = new ArrayList<>(d.removed().size());
    for (RemovedPassage r : d.removed()) {
      removed.add(new RemovedEntry(r.text(), r.reason()));
    }
    DocumentMetadata m = d.metadata();
    return new DocumentEntry(
        d.text(),
        d.sha256(),
        new MetadataEntry(
            m.title(),
            m.authors(),
            m.perspective(),
            m.publisher(),
            m.date(),
            m.sourceUrl(),
            m.authorNotes()),
        blocks,
        removed);
  }

  private static List<PromptEntry> prompts(Comparison c) {
    return c.prompts().stream()
        .map(p -> new PromptEntry(p.id(), p.text(), p.about(), p.template(), p.edited()))
        .toList();
  }

  private List<OrphanEntry> orphans(List<Orphan> orphans) throws StoreException {
    List<OrphanEntry> entries = new ArrayList<>(orphans.size());
    for (Orphan o : orphans) {
      JsonNode data;
      try {
        data = mapper.readTree(o.data());
      } catch (JsonProcessingException e) {
        throw new StoreException(
            "The saved data of orphan " + o.id() + " is not valid JSON, so nothing was saved.", e);
      }
      SelectorEntry selector =
          o.kind() == Orphan.Kind.LINK
              ? null
              : new SelectorEntry(
                  o.oldStart() < 0 ? null : new PositionEntry(o.oldStart(), o.oldEnd()),
                  new QuoteEntry(o.exact(), o.prefix(), o.suffix()));
      entries.add(
          new OrphanEntry(
              Check.lower(o.kind()),
              o.id(),
              o.side() == null ? null : o.side().name(),
              selector,
              data));
    }
    return entries;
  }

  private static String time(Instant instant) {
    return instant.toString();
  }
}
