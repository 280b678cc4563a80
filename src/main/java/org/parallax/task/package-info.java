/**
 * Long work that must not freeze the window: a {@link org.parallax.task.Progress} sink that slow,
 * pure functions report to and poll for cancellation. Knows nothing of JavaFX; the UI adapts it to
 * its own task type.
 */
package org.parallax.task;
