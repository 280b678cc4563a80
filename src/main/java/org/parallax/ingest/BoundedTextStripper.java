package org.parallax.ingest;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text extractor, stopped with {@link PdfLimitReached} once a file has run too many
 * commands or produced too many characters, in all or on one page, before the memory they take runs
 * out.
 */
final class BoundedTextStripper extends PDFTextStripper {
  private final PdfLimits limits;
  private final String name;
  private long operators;
  private long characters;
  private int pageCharacters;

  BoundedTextStripper(PdfLimits limits, String name) {
    this.limits = limits;
    this.name = name;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    pageCharacters = 0;
    super.startPage(page);
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (++operators > limits.maxOperators()) {
      throw new PdfLimitReached(
          PdfMessages.tooBig(
              name, "runs more than " + PdfMessages.count(limits.maxOperators()) + " commands"));
    }
    super.processOperator(operator, operands);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    int length = text.getUnicode() == null ? 1 : text.getUnicode().length();
    characters += length;
    pageCharacters += length;
    if (pageCharacters > limits.maxCharactersPerPage()) {
      throw new PdfLimitReached(
          PdfMessages.tooBig(
              name,
              "has a page with more than "
                  + PdfMessages.count(limits.maxCharactersPerPage())
                  + " characters"));
    }
    if (characters > limits.maxCharacters()) {
      throw new PdfLimitReached(
          PdfMessages.tooBig(
              name,
              "holds more than " + PdfMessages.count(limits.maxCharacters()) + " characters"));
    }
    super.processTextPosition(text);
  }
}
