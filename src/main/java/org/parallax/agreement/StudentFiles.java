package org.parallax.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.store.ComparisonStore;
import org.parallax.store.DocumentReplacement;
import org.parallax.store.LoadedComparison;
import org.parallax.store.StoreException;
import org.parallax.task.Progress;

/**
 * Loads students' comparison files of one essay pair exactly as the app opens them, and puts them
 * on the same two texts: the key's if there is one, else the first file's that opens. A file whose
 * texts are the same (same checksums) is used as it is; one whose texts differ slightly is
 * re-anchored on the shared texts as a re-imported essay is ({@link DocumentReplacement}); a file
 * that cannot be opened (not a comparison, damaged, of a newer format, unreadable) or whose texts
 * differ wholly ({@link SameEssay}) is left out with the reason, and the rest still compare.
 */
public final class StudentFiles {
  private final ComparisonStore store;
  private final DocumentReplacement replacement;

  public StudentFiles() {
    this(new ComparisonStore());
  }

  public StudentFiles(ComparisonStore store) {
    this.store = store;
    this.replacement = new DocumentReplacement(store);
  }

  /**
   * What was loaded.
   *
   * @param students the students' files that are used, in the order given
   * @param key the key, or null when none was given or it could not be used
   * @param a the shared text of side A
   * @param b the shared text of side B (both null when no file could be used)
   * @param skipped the files left out, with the reason, in the order given
   */
  public record Loaded(
      List<Annotator> students, Annotator key, Document a, Document b, List<Skipped> skipped) {
    public Loaded {
      students = List.copyOf(students);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * Loads {@code files} and the {@code key} (null for none; a key also named among the files is
   * read once, as the key), reporting the share of files read to {@code progress}.
   *
   * @throws org.parallax.task.CancelledException once {@code progress} is cancelled
   */
  public Loaded load(List<Path> files, Path key, Progress progress) {
    List<Path> students = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    if (key != null) {
      seen.add(key.toAbsolutePath().normalize());
    }
    for (Path file : files) {
      if (seen.add(file.toAbsolutePath().normalize())) {
        students.add(file);
      }
    }
    int total = students.size() + (key == null ? 0 : 1);
    List<Skipped> skipped = new ArrayList<>();
    Names names = new Names();
    Annotator keyFile = null;
    Reference reference = null;
    int done = 0;
    if (key != null) {
      progress.report(0, "Reading the key " + key.getFileName());
      LoadedComparison loaded = open(key, skipped, progress);
      done++;
      if (loaded != null) {
        reference = new Reference(key, loaded.comparison());
        keyFile = annotator(Names.of(loaded.comparison(), key), key, loaded);
      }
    }
    List<Annotator> used = new ArrayList<>();
    for (Path file : students) {
      progress.report((double) done / total, "Reading " + file.getFileName());
      LoadedComparison loaded = open(file, skipped, progress);
      done++;
      if (loaded == null) {
        continue;
      }
      if (reference == null) {
        reference = new Reference(file, loaded.comparison());
      }
      LoadedComparison placed = placeOn(reference, file, loaded, skipped, progress);
      if (placed != null) {
        used.add(annotator(names.unique(Names.of(placed.comparison(), file)), file, placed));
      }
    }
    progress.report(1, "Read " + total + " files");
    return new Loaded(
        used,
        keyFile,
        reference == null ? null : reference.comparison().a(),
        reference == null ? null : reference.comparison().b(),
        skipped);
  }

  private record Reference(Path file, Comparison comparison) {}

  private LoadedComparison open(Path file, List<Skipped> skipped, Progress progress) {
    progress.checkCancelled();
    try {
      return store.load(file, Progress.NONE);
    } catch (StoreException e) {
      skipped.add(new Skipped(file, e.getMessage()));
      return null;
    }
  }

  /** {@code loaded} on the reference's texts, or null (and the reason in {@code skipped}). */
  private LoadedComparison placeOn(
      Reference reference,
      Path file,
      LoadedComparison loaded,
      List<Skipped> skipped,
      Progress progress) {
    List<Side> differing = new ArrayList<>();
    for (Side side : Side.values()) {
      Document mine = loaded.comparison().document(side);
      Document shared = reference.comparison().document(side);
      if (!mine.sha256().equals(shared.sha256())
          && !SameEssay.versionsOfOne(mine.text(), shared.text())) {
        differing.add(side);
      }
    }
    String other = reference.file().getFileName().toString();
    if (differing.size() == 2) {
      skipped.add(
          new Skipped(
              file,
              "It compares another pair of essays than " + other + ": neither text matches."));
      return null;
    }
    if (differing.size() == 1) {
      Side side = differing.get(0);
      skipped.add(
          new Skipped(
              file,
              "Its essay "
                  + side
                  + " differs wholly from essay "
                  + side
                  + " of "
                  + other
                  + ", so it is another pair of essays."));
      return null;
    }
    LoadedComparison placed = loaded;
    List<String> notes = new ArrayList<>(loaded.notices());
    for (Side side : Side.values()) {
      Document shared = reference.comparison().document(side);
      if (!placed.comparison().document(side).sha256().equals(shared.sha256())) {
        int before = placed.orphans().size();
        try {
          placed = replacement.replace(placed, side, shared, Progress.NONE);
        } catch (StoreException e) {
          skipped.add(new Skipped(file, e.getMessage()));
          return null;
        }
        progress.checkCancelled();
        notes.add(
            "Its essay "
                + side
                + " differs slightly from that of "
                + other
                + "; its claims were placed on that text again ("
                + (placed.orphans().size() - before)
                + " could not be placed).");
      }
    }
    return new LoadedComparison(
        placed.comparison(), placed.orphans(), placed.extras(), placed.formatVersion(), notes);
  }

  private static Annotator annotator(String name, Path file, LoadedComparison loaded) {
    return new Annotator(name, file, loaded.comparison(), loaded.notices());
  }
}
