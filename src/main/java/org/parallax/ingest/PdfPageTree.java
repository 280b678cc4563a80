package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Walks a PDF's page tree without recursion before PDFBox walks it with recursion: a tree nested
 * tens of thousands of levels deep would overflow PDFBox's stack, a tree of millions of pages would
 * take hours. Counts the pages on the way.
 */
final class PdfPageTree {
  /** "/Type /Pages … /Count 12" within one dictionary, in the file's own bytes. */
  private static final Pattern DECLARED_COUNT =
      Pattern.compile(
          "/Type\\s*/Pages\\b[^>]{0,400}?/Count\\s+(\\d{1,10})|/Count\\s+(\\d{1,10})[^>]{0,400}?/Type\\s*/Pages\\b");

  private PdfPageTree() {}

  /**
   * The number of pages.
   *
   * @throws PdfLimitReached if the tree is too deep or has too many pages
   */
  static int count(PDDocument pdf, PdfLimits limits, String name) {
    COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
    if (root == null) {
      return 0;
    }
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSDictionary> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(1);
    int pages = 0;
    while (!nodes.isEmpty()) {
      COSDictionary node = nodes.pop();
      int depth = depths.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (depth > limits.maxTreeDepth()) {
        throw new PdfLimitReached(PdfMessages.tooDeep(name));
      }
      COSArray kids = node.getCOSArray(COSName.KIDS);
      if (kids == null || COSName.PAGE.equals(node.getCOSName(COSName.TYPE))) {
        if (++pages > limits.maxPages()) {
          throw new PdfLimitReached(
              PdfMessages.tooBig(
                  name, "has more than " + PdfMessages.count(limits.maxPages()) + " pages"));
        }
        continue;
      }
      for (int i = kids.size() - 1; i >= 0; i--) {
        COSBase kid = kids.getObject(i);
        if (kid instanceof COSDictionary child) {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
    }
    return pages;
  }

  /**
   * The most pages any page-tree node in the file's plain bytes claims to hold, or 0 if none is
   * written plainly (trees kept in compressed object streams are not seen). A file cut short still
   * has its page tree's root near the start, saying how many pages there were.
   */
  static long declaredInBytes(byte[] bytes) {
    Matcher m = DECLARED_COUNT.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
    long most = 0;
    while (m.find()) {
      String digits = m.group(1) != null ? m.group(1) : m.group(2);
      most = Math.max(most, Long.parseLong(digits));
    }
    return most;
  }
}
