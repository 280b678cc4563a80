package org.parallax.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.parallax.files.InputFile;
import org.parallax.files.RefusedFileException;
import org.parallax.model.DocumentMetadata;
import org.parallax.task.Progress;

/**
 * Reads an essay file (plain text, Markdown, HTML, PDF) or pasted text into {@link RawText}. The
 * format follows the file extension; files with other extensions are sniffed. Anything that is not
 * readable text is refused with an {@link ImportException} whose message says why in plain words.
 */
public final class SourceReader {

  /**
   * Files larger than this (20 MB) are refused before they are read; only ordinary files are read
   * at all (no pipes or devices).
   */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final String PASTED = "Pasted text";

  /**
   * Reads one file.
   *
   * @throws ImportException if the file is missing, a folder, empty, too large, binary, a PDF
   *     without text, or damaged
   */
  public RawText read(Path file) throws ImportException {
    return read(file, Progress.NONE);
  }

  /**
   * Reads one file as {@link #read(Path)} does, reporting to {@code progress} when its bytes are in
   * (half way) and when they are decoded and extracted (done).
   *
   * @throws org.parallax.task.CancelledException if {@code progress} is cancelled between the two
   */
  public RawText read(Path file, Progress progress) throws ImportException {
    if (file == null) {
      throw new ImportException("No file was chosen.");
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes = readBytes(file, name);
    progress.checkCancelled();
    progress.report(0.5, "");
    RawText raw = read(bytes, name);
    progress.report(1, "");
    return raw;
  }

  /**
   * Reads the bytes of a file called {@code name} (its extension picks the format), as {@link
   * #read(Path)} does once the file is read: the fuzz targets feed the readers through here.
   *
   * @throws ImportException if the bytes are empty, too many, binary, a PDF without text, or
   *     damaged
   */
  RawText read(byte[] bytes, String name) throws ImportException {
    if (bytes.length == 0) {
      throw new ImportException("“" + name + "” is empty.");
    }
    if (bytes.length > MAX_BYTES) {
      throw new ImportException(
          "“" + name + "” is over the limit of " + MAX_BYTES / (1024 * 1024) + " MB for essays.");
    }
    SourceFormat format = formatOf(name, bytes);
    switch (format) {
      case PDF -> {
        PdfExtractor.Extracted pdf = PdfExtractor.extract(bytes, name);
        return new RawText(pdf.text(), SourceFormat.PDF, name, pdf.hints());
      }
      case HTML -> {
        refuseBinary(bytes, name);
        String html = decoded(bytes, HtmlExtractor.declaredCharset(bytes), name);
        HtmlExtractor.Extracted page = HtmlExtractor.extract(html, "“" + name + "”");
        requireText(page.text(), "“" + name + "” has no readable article text.");
        return new RawText(page.text(), SourceFormat.HTML, name, page.hints());
      }
      case MARKDOWN -> {
        refuseBinary(bytes, name);
        String markdown = decoded(bytes, null, name);
        requireText(markdown, "“" + name + "” contains only blank space.");
        MarkdownStripper.Stripped stripped = MarkdownStripper.strip(markdown);
        return new RawText(stripped.text(), SourceFormat.MARKDOWN, name, stripped.hints());
      }
      default -> {
        refuseBinary(bytes, name);
        String text = decoded(bytes, null, name);
        requireText(text, "“" + name + "” contains only blank space.");
        return new RawText(text, SourceFormat.PLAIN_TEXT, name, DocumentMetadata.EMPTY);
      }
    }
  }

  /**
   * Reads pasted text. Text that starts with HTML markup is reduced to its article text first.
   *
   * @throws ImportException if there is no text or far too much of it
   */
  public RawText fromClipboard(String text) throws ImportException {
    if (text == null || text.isBlank()) {
      throw new ImportException("The clipboard has no text to import.");
    }
    if (text.length() > MAX_BYTES) {
      throw new ImportException(
          "The pasted text is too long to import; Parallax takes texts up to "
              + MAX_BYTES / (1024 * 1024)
              + " MB.");
    }
    if (looksLikeHtml(text)) {
      HtmlExtractor.Extracted page = HtmlExtractor.extract(text, "The pasted web page");
      requireText(page.text(), "The pasted web page has no readable article text.");
      return new RawText(page.text(), SourceFormat.CLIPBOARD, PASTED, page.hints());
    }
    return new RawText(text, SourceFormat.CLIPBOARD, PASTED, DocumentMetadata.EMPTY);
  }

  private static byte[] readBytes(Path file, String name) throws ImportException {
    byte[] bytes;
    try {
      bytes = InputFile.read(file, name, MAX_BYTES, "essays");
    } catch (RefusedFileException e) {
      String advice = e.kind() == RefusedFileException.Kind.FOLDER ? " Choose an essay file." : "";
      throw new ImportException(e.getMessage() + advice, e);
    }
    return bytes;
  }

  private static SourceFormat formatOf(String name, byte[] bytes) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf") || BinarySniffer.looksLikePdf(bytes)) {
      return SourceFormat.PDF;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return SourceFormat.HTML;
    }
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      return SourceFormat.MARKDOWN;
    }
    if (lower.endsWith(".txt") || lower.endsWith(".text")) {
      return SourceFormat.PLAIN_TEXT;
    }
    if (BinarySniffer.describeBinary(bytes).isEmpty()
        && looksLikeHtml(TextDecoder.decodeLeniently(bytes))) {
      return SourceFormat.HTML;
    }
    return SourceFormat.PLAIN_TEXT;
  }

  private static boolean looksLikeHtml(String text) {
    String head = text.stripLeading();
    head = head.substring(0, Math.min(head.length(), 2048)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html")
        || head.startsWith("<html")
        || (head.startsWith("<")
            && head.matches("(?s).*<(body|p|div|article|h[1-6]|span|meta)\\b.*"));
  }

  private static void refuseBinary(byte[] bytes, String name) throws ImportException {
    Optional<String> binary = BinarySniffer.describeBinary(bytes);
    if (binary.isPresent()) {
      throw new ImportException(
          "“"
              + name
              + "” looks like "
              + binary.get()
              + ", not text. Parallax imports plain text, Markdown, web pages (HTML) and PDF.");
    }
  }

  /**
   * The text of {@code bytes}, all of it checked: damaged characters in a declared encoding and
   * binary data anywhere (not only at the start) refuse the file, saying where.
   */
  private static String decoded(byte[] bytes, String declared, String name) throws ImportException {
    String text;
    try {
      text = TextDecoder.decode(bytes, declared);
    } catch (TextDecoder.Damaged e) {
      throw new ImportException(
          String.format(
              Locale.ROOT,
              "“%s” is not valid %s text: it is damaged at line %,d (byte %,d). Parallax imports"
                  + " only text it can read completely; save the file again in UTF-8.",
              name,
              e.encoding,
              e.line,
              e.byteOffset));
    }
    OptionalInt binary = BinarySniffer.binaryFrom(text);
    if (binary.isPresent()) {
      int at = binary.getAsInt();
      if (text.substring(0, at).isBlank()) {
        throw new ImportException(
            "“"
                + name
                + "” looks like a binary file, not text. Parallax imports plain text, Markdown,"
                + " web pages (HTML) and PDF.");
      }
      long line = 1 + text.substring(0, at).chars().filter(c -> c == '\n').count();
      throw new ImportException(
          String.format(
              Locale.ROOT,
              "“%s” is text up to line %,d and binary data from there on (from character %,d)."
                  + " Parallax imports only text; remove the binary part and import it again.",
              name,
              line,
              at + 1));
    }
    return text;
  }

  private static void requireText(String text, String message) throws ImportException {
    if (text == null || text.isBlank()) {
      throw new ImportException(message);
    }
  }
}
