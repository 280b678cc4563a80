/**
 * The command line ({@code java -jar parallax.jar align|validate|export}; further commands join as
 * their capabilities land): a stable, scriptable interface over the core packages. Human output by
 * default; {@code --json} output whose shape is a public contract. Errors are one clear line on
 * stderr and a non-zero exit, never a stack trace.
 */
package org.parallax.cli;
