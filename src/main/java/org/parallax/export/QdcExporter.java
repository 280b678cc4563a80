package org.parallax.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.parallax.model.Comparison;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;

/**
 * The codebook as a REFI-QDA codebook ({@code .qdc}, namespace {@code urn:QDA-XML:codebook:1.0}),
 * so qualitative-analysis programs (ATLAS.ti, MAXQDA, NVivo, QDA Miner…) can import it: two parent
 * codes, "Relations" and "Frames", that cannot be coded themselves, holding one code per relation
 * and per frame with its label, colour and description. Guids are name-based UUIDs of the kind's
 * target and id, so the same codebook always gives the same guids.
 */
final class QdcExporter implements Exporter {
  static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

  @Override
  public String id() {
    return "qdc";
  }

  @Override
  public String displayName() {
    return "REFI-QDA codebook (.qdc)";
  }

  @Override
  public String extension() {
    return "qdc";
  }

  @Override
  public boolean isText() {
    return true;
  }

  @Override
  public void write(Comparison c, ExportOptions options, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeCharacters("\n");
      xml.setDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, "CodeBook");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeAttribute("origin", "Parallax");
      xml.writeCharacters("\n  ");
      xml.writeStartElement(NAMESPACE, "Codes");
      parent(
          xml,
          "Relations",
          "How a claim of one essay relates to its counterpart in the other.",
          c.codebook().kinds(TagTarget.LINK));
      parent(
          xml,
          "Frames",
          "The frame dimension a framing term puts on the events.",
          c.codebook().kinds(TagTarget.TERM));
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("The codebook could not be written as XML: " + e.getMessage(), e);
    }
  }

  private static void parent(
      XMLStreamWriter xml, String name, String description, List<TagKind> kinds)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement(NAMESPACE, "Code");
    xml.writeAttribute("guid", guid("parent:" + name));
    xml.writeAttribute("name", name);
    xml.writeAttribute("isCodable", "false");
    description(xml, description, "\n      ");
    for (TagKind kind : kinds) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement(NAMESPACE, "Code");
      xml.writeAttribute("guid", guid(kind.target() + ":" + kind.id()));
      xml.writeAttribute("name", xmlText(kind.label()));
      xml.writeAttribute("isCodable", "true");
      xml.writeAttribute("color", Html.colour(kind.colour()));
      description(xml, kind.description(), "\n        ");
      xml.writeCharacters("\n      ");
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static void description(XMLStreamWriter xml, String text, String indent)
      throws XMLStreamException {
    if (!text.isBlank()) {
      xml.writeCharacters(indent);
      xml.writeStartElement(NAMESPACE, "Description");
      xml.writeCharacters(xmlText(text));
      xml.writeEndElement();
    }
  }

  /** {@code s} without the control characters XML 1.0 cannot hold. */
  private static String xmlText(String s) {
    return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
  }

  private static String guid(String name) {
    return UUID.nameUUIDFromBytes(("parallax:" + name).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
