package org.parallax.agreement;

/**
 * One student's agreement with the key: Cohen's kappa on whether each pair is linked (over the
 * pairs any student or the key linked, the class's items and the key's) and on the relation (over
 * the pairs both the student and the key linked with a relation). {@code null} where not defined.
 */
public record KeyAgreement(Double linked, Double relation) {}
