/**
 * Comparing students' files of one essay pair: how far a class agrees with itself and with a key,
 * and what the class agrees on.
 *
 * <p>{@link org.parallax.agreement.StudentFiles} loads the files exactly as the app opens them,
 * places each on the same two texts (re-anchoring a slightly different text as a re-import does)
 * and names every file it leaves out with the reason. Students may split claims differently, so
 * every file is read on shared {@link org.parallax.agreement.Units}: the claims of the default
 * segmentation of the two texts. A confirmed link covers the {@link
 * org.parallax.agreement.UnitPair}s its claims overlap ({@link org.parallax.agreement.Decisions}).
 * {@link org.parallax.agreement.AgreementFigures} computes Cohen's kappa, Krippendorff's alpha and
 * percent agreement through DKPro Agreement ({@link org.parallax.agreement.Coding} is the one
 * adapter); {@link org.parallax.agreement.Consensus} is what a majority agrees on, with ties and
 * minorities for the teacher to settle, and the disagreements ordered by how split the class is.
 * {@link org.parallax.agreement.StudentComparison} runs it all. How a unit pair counts is described
 * in docs/classroom.md.
 */
package org.parallax.agreement;
