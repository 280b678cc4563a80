package org.parallax.agreement;

import java.nio.file.Path;

/**
 * A file left out of the comparison, and why, in a sentence for people.
 *
 * @param file the file as it was named
 * @param reason why it was left out
 */
public record Skipped(Path file, String reason) {}
