package org.parallax.agreement;

import java.util.List;
import java.util.function.Function;
import org.dkpro.statistics.agreement.IAgreementMeasure;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * The one door to DKPro Agreement: a coding table in, a figure out. A table is a list of items,
 * each an array with one category per rater ({@code null} where that rater gave none). A figure
 * that is not defined for the table (no items, a single category used by everyone, so that chance
 * agreement is already complete) is {@code null}, never a made-up number.
 */
public final class Coding {
  private Coding() {}

  /** Krippendorff's alpha with the nominal distance; items may have missing values. */
  public static Double alpha(List<Object[]> items, int raters) {
    return measure(
        items,
        raters,
        study -> new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()));
  }

  /** Cohen's kappa of two raters; every item must have both values. */
  public static Double kappa(List<Object[]> items) {
    return measure(items, 2, CohenKappaAgreement::new);
  }

  /**
   * Percent agreement, 0 to 1: of all pairs of values given to the same item, the share that agree
   * (for two raters, the share of items they coded alike). When every value is the same category
   * the library declines to compute it (it needs two categories); then it is 1.
   */
  public static Double percent(List<Object[]> items, int raters) {
    CodingAnnotationStudy study = study(items, raters);
    if (!pairable(study)) {
      return null;
    }
    if (study.getCategoryCount() == 1) {
      return 1.0;
    }
    return defined(new PercentageAgreement(study).calculateAgreement());
  }

  private static Double measure(
      List<Object[]> items,
      int raters,
      Function<CodingAnnotationStudy, IAgreementMeasure> measureOf) {
    CodingAnnotationStudy study = study(items, raters);
    if (!pairable(study)) {
      return null;
    }
    try {
      return defined(measureOf.apply(study).calculateAgreement());
    } catch (InsufficientDataException e) {
      return null;
    }
  }

  private static CodingAnnotationStudy study(List<Object[]> items, int raters) {
    CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
    for (Object[] item : items) {
      if (item.length != raters) {
        throw new IllegalArgumentException(
            "an item has " + item.length + " values for " + raters + " raters");
      }
      study.addItemAsArray(item);
    }
    return study;
  }

  /** Whether some item has two values that can be compared. */
  private static boolean pairable(CodingAnnotationStudy study) {
    for (var item : study.getItems()) {
      if (item.getRaterCount() > 1) {
        return true;
      }
    }
    return false;
  }

  private static Double defined(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
