/**
 * Saving and opening comparisons: the versioned {@code .parallax.json} file that never loses work.
 *
 * <p>{@link org.parallax.store.ComparisonStore} maps the live model to plain records ({@code
 * org.parallax.store.dto}) and back. Saving writes a temporary file, syncs it and renames it over
 * the old one, keeping the previous version as {@code .bak}. Loading refuses anything doubtful with
 * a {@link org.parallax.store.StoreException} whose message names the problem and its place in the
 * file; it migrates older format versions ({@code Migrations}), keeps fields of newer minor
 * versions ({@link org.parallax.store.Extras}) and re-anchors spans whose text changed, turning
 * those it cannot place into orphans that stay in the file. A {@link
 * org.parallax.store.LoadedComparison} is the comparison together with what its file holds beside
 * it. {@link org.parallax.store.RecoveryFile} is the autosave core and {@link
 * org.parallax.store.RecentFiles} the recent-files list. The format is described in docs/format.md.
 */
package org.parallax.store;
