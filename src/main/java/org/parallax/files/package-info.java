/**
 * The one door every file the user names goes through (essays, comparison files, lists of
 * equivalent names): {@link org.parallax.files.InputFile} refuses anything that is not an ordinary
 * file before opening it (so a named pipe or a device never blocks or floods a reader) and reads
 * through a {@link org.parallax.files.BoundedInputStream} that stops at the reader's limit whatever
 * size the file claims. Knows nothing of what the bytes mean.
 */
package org.parallax.files;
