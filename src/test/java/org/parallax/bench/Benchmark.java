package org.parallax.bench;

/**
 * One named benchmark: it runs, prints as it goes, and returns its section of docs/benchmarks.md.
 */
public interface Benchmark {

  /** The name used on the command line and as the section marker. */
  String name();

  /** Runs the benchmark and returns its Markdown section (without the markers). */
  String run() throws Exception;
}
