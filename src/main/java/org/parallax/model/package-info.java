/**
 * The comparison's plain data: documents, claims, links, framing terms and the codebook.
 *
 * <p>A {@link org.parallax.model.Document} is cleaned text plus metadata. A {@link
 * org.parallax.model.Claim} is a span {@code [start, end)} of one document's text. A {@link
 * org.parallax.model.Link} joins one or more claims of side A with one or more claims of side B and
 * carries a status (suggested, confirmed, rejected) and a relation taken from the {@link
 * org.parallax.model.Codebook}. A {@link org.parallax.model.TermTag} marks a framing term. A {@link
 * org.parallax.model.Comparison} holds all of them. Everything here is immutable and knows nothing
 * of files, alignment or the user interface.
 */
package org.parallax.model;
