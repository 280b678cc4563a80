package org.parallax.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one question (is the pair linked? which relation?) for the class. A figure that is
 * not defined for the data is {@code null} (see {@link Coding}).
 *
 * @param items how many unit pairs the question was asked of
 * @param alpha Krippendorff's alpha (nominal) over every annotator
 * @param percent percent agreement over every annotator, 0 to 1
 * @param kappa Cohen's kappa for each pair of annotators, keyed {@code "ana|ben"}, in the order of
 *     the annotators
 */
public record Measures(int items, Double alpha, Double percent, Map<String, Double> kappa) {
  public Measures {
    kappa = Collections.unmodifiableMap(new LinkedHashMap<>(kappa));
  }
}
