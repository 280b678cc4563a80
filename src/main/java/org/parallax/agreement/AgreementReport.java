package org.parallax.agreement;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agreement table of a class.
 *
 * @param units how many unit pairs are compared: those at least one student linked
 * @param annotators the students, in the order their files were given
 * @param linked whether each unit pair is linked
 * @param relation the relation of unit pairs at least two students linked with one
 * @param keyFile the key's file, or null when there is none
 * @param key each student's agreement with the key, by name; empty without a key
 * @param skipped the files left out, with the reason
 */
public record AgreementReport(
    int units,
    List<String> annotators,
    Measures linked,
    Measures relation,
    Path keyFile,
    Map<String, KeyAgreement> key,
    List<Skipped> skipped) {
  public AgreementReport {
    annotators = List.copyOf(annotators);
    key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
    skipped = List.copyOf(skipped);
  }
}
