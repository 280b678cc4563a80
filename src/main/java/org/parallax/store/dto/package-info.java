/**
 * The saved form of a comparison: plain records that mirror the JSON file field for field (see
 * docs/format.md). They carry no behaviour and are never shown to the user interface; {@code
 * org.parallax.store} maps them to and from the model and checks them on the way in.
 */
package org.parallax.store.dto;
