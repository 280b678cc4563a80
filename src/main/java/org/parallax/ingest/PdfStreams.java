package org.parallax.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Unpacks every stream of a PDF that text extraction may read, before PDFBox does, but stops at
 * {@link PdfLimits#maxStreamBytes()}: PDFBox unpacks a stream whole into memory, so a few megabytes
 * of compressed zeros would otherwise take gigabytes. Images, attachments and metadata are skipped
 * (the text extractor never unpacks them). A stream compressed twice with the same method, which
 * PDFBox takes for a mistake and unpacks once, is replaced by its unpacked bytes so its text can be
 * read.
 */
final class PdfStreams {
  private static final Set<COSName> IMAGE_CODECS =
      Set.of(
          COSName.DCT_DECODE,
          COSName.DCT_DECODE_ABBREVIATION,
          COSName.JPX_DECODE,
          COSName.JBIG2_DECODE,
          COSName.CCITTFAX_DECODE,
          COSName.CCITTFAX_DECODE_ABBREVIATION);
  private static final Set<COSName> NOT_READ_FOR_TEXT =
      Set.of(COSName.EMBEDDED_FILE, COSName.METADATA, COSName.XREF);

  private final PdfLimits limits;
  private final String name;
  private long decoded;

  PdfStreams(PdfLimits limits, String name) {
    this.limits = limits;
    this.name = name;
  }

  /**
   * Checks every stream, objects stored directly in the file first (object streams among them),
   * then objects packed inside object streams.
   *
   * @throws PdfLimitReached if a stream, or all of them together, unpack to too much
   */
  void check(COSDocument document) {
    List<COSObjectKey> direct = new ArrayList<>();
    List<COSObjectKey> packed = new ArrayList<>();
    for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
      (entry.getValue() != null && entry.getValue() < 0 ? packed : direct).add(entry.getKey());
    }
    for (List<COSObjectKey> keys : List.of(direct, packed)) {
      for (COSObjectKey key : keys) {
        if (document.getObjectFromPool(key).getObject() instanceof COSStream stream) {
          check(stream);
        }
      }
    }
  }

  private void check(COSStream stream) {
    List<COSName> filters = filters(stream);
    COSName type = stream.getCOSName(COSName.TYPE);
    if (filters.isEmpty()
        || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
        || (type != null && NOT_READ_FOR_TEXT.contains(type))
        || filters.stream().anyMatch(IMAGE_CODECS::contains)) {
      return;
    }
    byte[] data;
    try {
      data = unpack(stream, filters);
    } catch (IOException | RuntimeException damaged) {
      if (damaged instanceof PdfLimitReached) {
        throw (PdfLimitReached) damaged;
      }
      return; // PDFBox copes with damaged streams in its own way when it reads them
    }
    decoded += data.length;
    if (decoded > limits.maxDecodedBytes()) {
      throw new PdfLimitReached(
          PdfMessages.tooBig(
              name, "unpacks to more than " + PdfMessages.bytes(limits.maxDecodedBytes())));
    }
    if (new HashSet<>(filters).size() < filters.size()) {
      replaceWithUnpacked(stream, data);
    }
  }

  private byte[] unpack(COSStream stream, List<COSName> filters) throws IOException {
    byte[] data;
    try (InputStream raw = stream.createRawInputStream()) {
      data = raw.readAllBytes();
    }
    for (int i = 0; i < filters.size(); i++) {
      Bounded out = new Bounded();
      FilterFactory.INSTANCE
          .getFilter(filters.get(i))
          .decode(new ByteArrayInputStream(data), out, stream, i, DecodeOptions.DEFAULT);
      data = out.toByteArray();
    }
    return data;
  }

  private static void replaceWithUnpacked(COSStream stream, byte[] data) {
    stream.removeItem(COSName.FILTER);
    stream.removeItem(COSName.DECODE_PARMS);
    try (OutputStream out = stream.createRawOutputStream()) {
      out.write(data);
    } catch (IOException e) {
      // the stream stays as it was; PDFBox then reads what it can
    }
  }

  private static List<COSName> filters(COSStream stream) {
    COSBase filters = stream.getFilters();
    List<COSName> names = new ArrayList<>();
    if (filters instanceof COSName single) {
      names.add(single);
    } else if (filters instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSName filter) {
          names.add(filter);
        }
      }
    }
    return names;
  }

  /** A buffer that refuses to grow past the per-stream bound. */
  private final class Bounded extends ByteArrayOutputStream {
    @Override
    public void write(int b) {
      grow(1);
      super.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      grow(len);
      super.write(b, off, len);
    }

    private void grow(int len) {
      if ((long) count + len > limits.maxStreamBytes()) {
        throw new PdfLimitReached(
            PdfMessages.tooBig(
                name,
                "holds a compressed part that unpacks to more than "
                    + PdfMessages.bytes(limits.maxStreamBytes())));
      }
    }
  }
}
