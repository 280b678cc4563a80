package org.parallax.align;

/**
 * Keeps the meaning model's libraries off the network. DJL, whose tokenizer the model uses, would
 * otherwise ask the cloud instance-metadata address (169.254.169.254) who the machine is each time
 * a tokenizer is made, to report usage, and would fetch a GPU build of its native library from the
 * internet on a machine with CUDA. Its offline mode stops both: the tokenizer's native library is
 * then unpacked from the jar (into {@code ~/.djl.ai}) and no usage is reported. DJL reads these
 * settings as system properties unless the same names are set in the environment.
 */
final class ModelRuntimeSettings {
  /** DJL's offline switch: no downloads, CPU library from the jar, no usage report. */
  static final String OFFLINE = "ai.djl.offline";

  /** DJL's usage-tracking opt-out. */
  static final String NO_TRACKING = "OPT_OUT_TRACKING";

  private ModelRuntimeSettings() {}

  /** Switches DJL's network use off for this JVM; call before the first tokenizer is made. */
  static void keepOffline() {
    System.setProperty(OFFLINE, "true");
    System.setProperty(NO_TRACKING, "true");
  }
}
