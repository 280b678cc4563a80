package org.parallax.ui.reading;

/** A style class to put on the characters {@code [start, end)}. */
record StyledRange(int start, int end, String styleClass) {}
