/**
 * The whole of a comparison at a glance: links per relation, framing terms per frame and side, how
 * much of each essay has a counterpart, each side's most tagged terms, and where in each essay the
 * links fall. Pure figures for the window's summary and the exports; no JavaFX.
 */
package org.parallax.summary;
