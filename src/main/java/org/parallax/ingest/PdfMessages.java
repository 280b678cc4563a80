package org.parallax.ingest;

import java.util.Locale;

/** The sentences the PDF reader refuses a file with. */
final class PdfMessages {
  private PdfMessages() {}

  /** "“x.pdf” is too large for Parallax to read: it unpacks to more than 64 MB. …" */
  static String tooBig(String name, String what) {
    return "“"
        + name
        + "” is too much for Parallax to read: it "
        + what
        + ", more than an essay needs. Parallax stopped there; if the file is a real essay, save"
        + " its text as a text file and open that.";
  }

  static String tooDeep(String name) {
    return "“"
        + name
        + "” is nested too deeply to read (objects inside objects thousands of levels down), as"
        + " only a damaged or deliberately broken PDF is; Parallax stopped there.";
  }

  static String outOfMemory(String name) {
    return "“"
        + name
        + "” needed more memory than Parallax has to read it, so it was not imported; the file is"
        + " unusually heavy for an essay. Save its text as a text file and open that instead.";
  }

  static String pagesLost(String name, int read, long declared) {
    return "“"
        + name
        + "” is incomplete or damaged: only "
        + count(read)
        + " of its "
        + count(declared)
        + " pages could be read, so Parallax did not import it. Open a complete copy of the file.";
  }

  /** 20000000 as "20,000,000", 64 MiB of bytes as "64 MB". */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String bytes(long n) {
    return n >= 1024 * 1024 ? count(n / (1024 * 1024)) + " MB" : count(n) + " bytes";
  }
}
