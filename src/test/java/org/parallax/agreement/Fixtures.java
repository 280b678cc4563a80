package org.parallax.agreement;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The class fixtures: three students and a key on one short essay pair (four sentences a side, so
 * the default segmentation gives units A1–A4 and B1–B4). Their confirmed links:
 *
 * <pre>
 *            A1–B1   A1–B2   A2–B2      A3–B3     A4–B4
 *   ana      agree   -       agree      reframe   contradict   (+ a suggested A3–B4, a rejected A2–B3)
 *   ben      agree   -       reframe    agree     -            (splits A2 into two claims)
 *   cleo     agree   agree   agree      -         contradict   (A1 linked to B1 + B2 in one link;
 *                                                               no annotator name in the file)
 *   teacher  agree   -       reframe    reframe   contradict   (the key)
 * </pre>
 */
final class Fixtures {
  private Fixtures() {}

  static Path file(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name + ".parallax.json").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path ana() {
    return file("ana");
  }

  static Path ben() {
    return file("ben");
  }

  static Path cleo() {
    return file("cleo");
  }

  static Path key() {
    return file("key");
  }
}
