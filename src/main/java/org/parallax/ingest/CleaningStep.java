package org.parallax.ingest;

/** One rule of the cleaner: looks at the draft and removes, joins or records what it is about. */
interface CleaningStep {

  void apply(Draft draft);
}
