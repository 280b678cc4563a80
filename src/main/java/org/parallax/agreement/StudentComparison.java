package org.parallax.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Codebook;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.task.Progress;

/**
 * Compares students' files of one essay pair: loads them ({@link StudentFiles}), reads each on the
 * shared units ({@link Decisions}), computes the agreement table ({@link AgreementFigures}) and the
 * consensus ({@link Consensus}). A pure function of the files, safe to run off the UI thread.
 *
 * @param loaded the files used and skipped
 * @param units the shared units, or null when fewer than two students' files could be used
 * @param report the agreement table, or null when fewer than two students' files could be used
 * @param consensus what the class agrees on, or null when fewer than two files could be used
 */
public record StudentComparison(
    StudentFiles.Loaded loaded, Units units, AgreementReport report, Consensus consensus) {

  /** The least number of students' files a comparison needs. */
  public static final int MIN_STUDENTS = 2;

  /**
   * Compares {@code files}, with {@code key} (null for none) as the key, reporting to {@code
   * progress}: reading the files takes most of the time.
   *
   * @throws org.parallax.task.CancelledException once {@code progress} is cancelled
   */
  public static StudentComparison compare(List<Path> files, Path key, Progress progress) {
    StudentFiles.Loaded loaded = new StudentFiles().load(files, key, scaled(progress, 0, 0.8));
    if (loaded.students().size() < MIN_STUDENTS) {
      return new StudentComparison(loaded, null, null, null);
    }
    progress.report(0.8, "Comparing decisions");
    Units units = Units.of(loaded.a(), loaded.b());
    List<Decisions> decisions = new ArrayList<>();
    for (Annotator student : loaded.students()) {
      progress.checkCancelled();
      decisions.add(Decisions.of(student.comparison(), units));
    }
    Decisions keyDecisions =
        loaded.key() == null ? null : Decisions.of(loaded.key().comparison(), units);
    AgreementReport report =
        AgreementFigures.compute(
            loaded.students(),
            decisions,
            loaded.key(),
            keyDecisions,
            loaded.skipped(),
            scaled(progress, 0.85, 1));
    List<String> names = loaded.students().stream().map(Annotator::name).toList();
    Consensus consensus =
        Consensus.of(names, decisions, units, loaded.a(), loaded.b(), codebook(loaded));
    progress.report(1, "Compared " + names.size() + " files");
    return new StudentComparison(loaded, units, report, consensus);
  }

  /**
   * A title for the consensus: "Consensus: " and the title of the key's comparison, else of the
   * first student's.
   */
  public String consensusTitle() {
    Annotator first = loaded.key() != null ? loaded.key() : loaded.students().get(0);
    String title = first.comparison().title().strip();
    return "Consensus: " + (title.isEmpty() ? "the class" : title);
  }

  /** Whether enough files could be used to compare. */
  public boolean usable() {
    return report != null;
  }

  /**
   * The codebook of the key (else the first student's), with every link relation a student used
   * that it lacks, so the consensus can be opened with every relation named as the student did.
   */
  private static Codebook codebook(StudentFiles.Loaded loaded) {
    Annotator first = loaded.key() != null ? loaded.key() : loaded.students().get(0);
    List<TagKind> kinds = new ArrayList<>(first.comparison().codebook().kinds());
    for (Annotator student : loaded.students()) {
      for (TagKind kind : student.comparison().codebook().kinds(TagTarget.LINK)) {
        boolean known =
            kinds.stream().anyMatch(k -> k.target() == TagTarget.LINK && k.id().equals(kind.id()));
        if (!known) {
          kinds.add(kind);
        }
      }
    }
    return new Codebook(kinds);
  }

  /** {@code progress} seen through the range {@code [from, to]} of a larger task. */
  private static Progress scaled(Progress progress, double from, double to) {
    return new Progress() {
      @Override
      public void report(double fraction, String message) {
        progress.report(from + (to - from) * fraction, message);
      }

      @Override
      public boolean isCancelled() {
        return progress.isCancelled();
      }
    };
  }
}
