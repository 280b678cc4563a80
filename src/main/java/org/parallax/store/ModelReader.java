package org.parallax.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Orphan;
import org.parallax.model.Prompt;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;
import org.parallax.store.anchor.Span;
import org.parallax.store.anchor.WorkBudget;
import org.parallax.store.dto.ClaimEntry;
import org.parallax.store.dto.ComparisonFile;
import org.parallax.store.dto.KindEntry;
import org.parallax.store.dto.LinkEntry;
import org.parallax.store.dto.PromptEntry;
import org.parallax.store.dto.TermEntry;
import org.parallax.task.Progress;

/**
 * Maps a checked-on-the-way file to the live model: places every span, turns what cannot be placed
 * into orphans, and refuses files that contradict themselves (duplicate ids, links to claims that
 * do not exist, spans outside an unchanged text).
 */
final class ModelReader {
  private static final String UNDEFINED_COLOUR = "#7a7f87";
  private static final String UNDEFINED_DESCRIPTION =
      "Used by the file without being defined in its codebook; added when it was opened.";
  private final ComparisonFile file;
  private final Supplier<JsonNode> root;
  private final List<Orphan> orphans = new ArrayList<>();
  private final Map<String, Side> claimSides = new HashMap<>();
  private final Set<String> orphanClaims = new HashSet<>();
  private final Set<String> termIds = new HashSet<>();
  private final WorkBudget budget;
  private final Progress progress;
  private JsonNode tree;
  private SpanPlacer placer;
  private boolean changedA;
  private boolean changedB;
  private final List<String> addedKinds = new ArrayList<>();
  private final List<String> unpaired = new ArrayList<>();

  /** {@code root} gives the file as a tree; it is asked only when an entry must be kept raw. */
  ModelReader(ComparisonFile file, Supplier<JsonNode> root) {
    this(file, root, WorkBudget.standard());
  }

  /** A reader whose re-anchoring searches no more than {@code budget} allows. */
  ModelReader(ComparisonFile file, Supplier<JsonNode> root, WorkBudget budget) {
    this(file, root, budget, Progress.NONE);
  }

  /** A reader that reports placing spans to {@code progress} and stops when it is cancelled. */
  ModelReader(ComparisonFile file, Supplier<JsonNode> root, WorkBudget budget, Progress progress) {
    this.file = file;
    this.root = root;
    this.budget = budget;
    this.progress = progress;
  }

  /** The comparison; orphans and the number of re-anchored spans are available afterwards. */
  Comparison read() throws StoreException {
    Check.present(file.documents(), "/documents", "the documents");
    DocumentReader.Read readA = DocumentReader.read(file.documents().a(), Side.A, "/documents/a");
    DocumentReader.Read readB = DocumentReader.read(file.documents().b(), Side.B, "/documents/b");
    Document a = readA.document();
    Document b = readB.document();
    changedA = readA.textChanged();
    changedB = readB.textChanged();
    int spans =
        (file.claims() == null ? 0 : file.claims().size())
            + (file.terms() == null ? 0 : file.terms().size());
    placer = new SpanPlacer(a.text(), changedA, b.text(), changedB, budget, progress, spans);
    OrphanReader.read(file.orphans(), orphans);
    for (Orphan orphan : orphans) {
      if (orphan.kind() == Orphan.Kind.CLAIM) {
        orphanClaims.add(orphan.id());
      } else if (orphan.kind() == Orphan.Kind.TERM) {
        termIds.add(orphan.id());
      }
    }
    List<Claim> claims = claims();
    List<Link> links = links();
    List<TermTag> terms = terms();
    Codebook codebook = completed(codebook(), links, terms);
    return new Comparison(
        file.title(),
        file.annotator(),
        a,
        b,
        claims,
        links,
        terms,
        codebook,
        prompts(),
        Check.time(file.created(), "/created"),
        Check.time(file.modified(), "/modified"));
  }

  private List<Prompt> prompts() throws StoreException {
    List<PromptEntry> entries =
        Check.optionalList(file.prompts(), "/prompts", "the list of discussion prompts");
    List<Prompt> prompts = new ArrayList<>(entries.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      PromptEntry entry = entries.get(i);
      String pointer = "/prompts/" + i;
      String id = Check.id(entry.id(), pointer + "/id", "discussion prompt");
      if (!ids.add(id)) {
        throw Check.at(pointer + "/id", "Prompt id " + id + " is used twice");
      }
      List<String> about = Check.optionalList(entry.about(), pointer + "/about", "its ids");
      prompts.add(
          new Prompt(
              id,
              Check.text(entry.text()),
              about,
              Check.text(entry.template()),
              Boolean.TRUE.equals(entry.edited())));
    }
    return prompts;
  }

  List<Orphan> orphans() {
    return orphans;
  }

  /**
   * The codebook with a kind added for every relation or frame the file uses without defining it,
   * so nothing tagged with it is lost and every tag's kind can be shown and edited.
   */
  private Codebook completed(Codebook codebook, List<Link> links, List<TermTag> terms) {
    record Use(TagTarget target, String id) {}
    List<TagKind> kinds = new ArrayList<>(codebook.kinds());
    Set<Use> known = new HashSet<>();
    kinds.forEach(k -> known.add(new Use(k.target(), k.id())));
    List<Use> used = new ArrayList<>();
    links.forEach(l -> used.add(new Use(TagTarget.LINK, l.relation())));
    terms.forEach(t -> used.add(new Use(TagTarget.TERM, t.frame())));
    for (Use use : used) {
      if (!use.id().isBlank() && known.add(use)) {
        kinds.add(
            new TagKind(use.id(), use.target(), use.id(), UNDEFINED_COLOUR, UNDEFINED_DESCRIPTION));
        addedKinds.add(use.id());
      }
    }
    return addedKinds.isEmpty() ? codebook : new Codebook(kinds);
  }

  /** What a reader may want to know about reading the file: text changed, spans moved. */
  List<String> notices() {
    List<String> notices = new ArrayList<>();
    for (Side side : Side.values()) {
      if (side == Side.A ? changedA : changedB) {
        notices.add(
            "The text of essay "
                + side
                + " was changed outside Parallax: its paragraphs were found again from its blank"
                + " lines.");
      }
    }
    if (!unpaired.isEmpty()) {
      notices.add(
          "The partner of term "
              + String.join(", ", unpaired)
              + " is not in the file; "
              + (unpaired.size() == 1 ? "it is" : "they are")
              + " unpaired now.");
    }
    if (!addedKinds.isEmpty()) {
      notices.add(
          "The file uses "
              + String.join(", ", addedKinds)
              + " without defining "
              + (addedKinds.size() == 1 ? "it" : "them")
              + " in its codebook; "
              + (addedKinds.size() == 1 ? "it was" : "they were")
              + " added, to rename or recolour in the Codebook tab.");
    }
    int moved = placer == null ? 0 : placer.moved();
    if (moved > 0) {
      notices.add(moved + " claims and terms were found again in changed text (re-anchored).");
    }
    if (placer != null && placer.budgetSpent()) {
      notices.add(
          "Searching the text for moved claims and terms took too long, so the rest of them were"
              + " not looked for; they are listed as orphans to attach by hand.");
    }
    return notices;
  }

  private List<Claim> claims() throws StoreException {
    List<ClaimEntry> entries = Check.list(file.claims(), "/claims", "the list of claims");
    List<Claim> claims = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      ClaimEntry entry = entries.get(i);
      String pointer = "/claims/" + i;
      String id = Check.id(entry.id(), pointer + "/id", "claim");
      Side side = Check.choice(entry.document(), Side.class, null, pointer + "/document", "side");
      if (claimSides.containsKey(id) || orphanClaims.contains(id)) {
        throw Check.at(pointer + "/id", "Claim id " + id + " is used twice");
      }
      Optional<Span> span =
          placer.place("claim", id, side, entry.selector(), pointer + "/selector");
      if (span.isPresent()) {
        claimSides.put(id, side);
        claims.add(new Claim(id, side, span.get().start(), span.get().end()));
      } else {
        orphanClaims.add(id);
        orphans.add(
            OrphanReader.fromSpan(Orphan.Kind.CLAIM, id, side, entry.selector(), raw(pointer)));
      }
    }
    return claims;
  }

  private List<Link> links() throws StoreException {
    List<LinkEntry> entries = Check.list(file.links(), "/links", "the list of links");
    List<Link> links = new ArrayList<>(entries.size());
    Set<String> ids = new HashSet<>();
    for (Orphan orphan : orphans) {
      if (orphan.kind() == Orphan.Kind.LINK) {
        ids.add(orphan.id());
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      LinkEntry entry = entries.get(i);
      String pointer = "/links/" + i;
      String id = Check.id(entry.id(), pointer + "/id", "link");
      if (!ids.add(id)) {
        throw Check.at(pointer + "/id", "Link id " + id + " is used twice");
      }
      List<String> aClaims = claimRefs(entry.a(), id, Side.A, pointer + "/a");
      List<String> bClaims = claimRefs(entry.b(), id, Side.B, pointer + "/b");
      if (aClaims.isEmpty() || bClaims.isEmpty()) {
        orphans.add(
            new Orphan(Orphan.Kind.LINK, id, null, "", "", "", -1, -1, raw(pointer).toString()));
        continue;
      }
      double score = entry.score() == null ? 0 : entry.score();
      if (!(score >= 0 && score <= 1)) {
        throw Check.at(pointer + "/score", "Link " + id + " has a score outside 0 to 1");
      }
      links.add(
          new Link(
              id,
              aClaims,
              bClaims,
              Check.choice(
                  entry.status(),
                  LinkStatus.class,
                  LinkStatus.SUGGESTED,
                  pointer + "/status",
                  "status"),
              entry.relation() == null || entry.relation().isBlank() ? "" : entry.relation(),
              score,
              Check.optionalList(entry.reasons(), pointer + "/reasons", "the reasons"),
              entry.note(),
              entry.annotator(),
              Check.time(entry.created(), pointer + "/created"),
              Check.time(entry.modified(), pointer + "/modified"),
              entry.suggestedRelation() == null || entry.suggestedRelation().isBlank()
                  ? ""
                  : entry.suggestedRelation(),
              Check.optionalList(
                  entry.relationReasons(), pointer + "/relationReasons", "the relation reasons")));
    }
    return links;
  }

  /** The claim ids of one side of a link, without those whose claims became orphans. */
  private List<String> claimRefs(List<String> refs, String link, Side side, String pointer)
      throws StoreException {
    List<String> ids = Check.list(refs, pointer, "the " + side + " claims of link " + link);
    if (ids.isEmpty()) {
      throw Check.at(pointer, "Link " + link + " has no claims on side " + side);
    }
    List<String> placed = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      String ref = ids.get(i);
      Side actual = claimSides.get(ref);
      if (actual == null && !orphanClaims.contains(ref)) {
        throw Check.at(
            pointer + "/" + i,
            "Link "
                + link
                + " points at claim "
                + Check.shorten(ref)
                + ", which is not in the file");
      }
      if (actual != null && actual != side) {
        throw Check.at(
            pointer + "/" + i,
            "Link "
                + link
                + " lists claim "
                + ref
                + " on side "
                + side
                + ", but it belongs to "
                + actual);
      }
      if (actual != null) {
        placed.add(ref);
      }
    }
    return placed;
  }

  private List<TermTag> terms() throws StoreException {
    List<TermEntry> entries = Check.list(file.terms(), "/terms", "the list of term tags");
    List<TermTag> terms = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      TermEntry entry = entries.get(i);
      String pointer = "/terms/" + i;
      String id = Check.id(entry.id(), pointer + "/id", "term tag");
      Side side = Check.choice(entry.document(), Side.class, null, pointer + "/document", "side");
      if (!termIds.add(id)) {
        throw Check.at(pointer + "/id", "Term tag id " + id + " is used twice");
      }
      Optional<Span> span =
          placer.place("term tag", id, side, entry.selector(), pointer + "/selector");
      if (span.isEmpty()) {
        orphans.add(
            OrphanReader.fromSpan(Orphan.Kind.TERM, id, side, entry.selector(), raw(pointer)));
        continue;
      }
      terms.add(
          new TermTag(
              id,
              side,
              span.get().start(),
              span.get().end(),
              entry.frame(),
              entry.note(),
              entry.pairedWith(),
              Check.choice(
                  entry.status(),
                  LinkStatus.class,
                  LinkStatus.CONFIRMED,
                  pointer + "/status",
                  "status"),
              entry.annotator(),
              Check.time(entry.created(), pointer + "/created"),
              Check.time(entry.modified(), pointer + "/modified")));
    }
    // A partner that is gone (a discarded orphan, a hand edit) leaves the term unpaired, with a
    // note: the term itself is the reader's work and must not make the whole file unreadable.
    for (int i = 0; i < terms.size(); i++) {
      TermTag t = terms.get(i);
      if (!t.pairedWith().isEmpty() && !termIds.contains(t.pairedWith())) {
        unpaired.add(t.id());
        terms.set(i, t.pairedTo(""));
      }
    }
    return terms;
  }

  private Codebook codebook() throws StoreException {
    List<KindEntry> entries = Check.list(file.codebook(), "/codebook", "the codebook");
    List<TagKind> kinds = new ArrayList<>(entries.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      KindEntry entry = entries.get(i);
      String pointer = "/codebook/" + i;
      String id = Check.id(entry.id(), pointer + "/id", "codebook entry");
      TagTarget target =
          Check.choice(entry.target(), TagTarget.class, null, pointer + "/target", "target");
      if (!seen.add(target + ":" + id)) {
        throw Check.at(pointer + "/id", "Codebook entry " + id + " appears twice");
      }
      kinds.add(new TagKind(id, target, entry.label(), entry.colour(), entry.description()));
    }
    return new Codebook(kinds);
  }

  /** The entry at {@code pointer} as written; the file's tree is built once, on first need. */
  private JsonNode raw(String pointer) {
    if (tree == null) {
      tree = root.get();
    }
    return tree.at(pointer);
  }
}
