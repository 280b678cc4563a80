package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class QdcTest {

  private static byte[] qdc(Comparison c) throws Exception {
    return Golden.export("qdc", c, Golden.options()).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theCodebookIsValidAgainstTheRefiQdaCodebookStructure() throws Exception {
    var schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(QdcTest.class.getResource("refi-codebook.xsd"));

    schema
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(qdc(ExportFixture.comparison()))));
  }

  @Test
  void relationsAndFramesAreCodesUnderTwoParentsThatCannotBeCoded() throws Exception {
    Comparison c = ExportFixture.comparison();
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(qdc(c)));
    NodeList codes = doc.getElementsByTagNameNS(QdcExporter.NAMESPACE, "Code");

    assertThat(codes.getLength()).isEqualTo(2 + c.codebook().kinds().size());
    Element relations = (Element) codes.item(0);
    assertThat(relations.getAttribute("name")).isEqualTo("Relations");
    assertThat(relations.getAttribute("isCodable")).isEqualTo("false");
    List<String> children = new java.util.ArrayList<>();
    for (int i = 0; i < relations.getChildNodes().getLength(); i++) {
      if (relations.getChildNodes().item(i) instanceof Element e
          && e.getLocalName().equals("Code")) {
        children.add(e.getAttribute("name") + " " + e.getAttribute("color"));
      }
    }
    assertThat(children)
        .containsExactlyElementsOf(
            c.codebook().kinds(TagTarget.LINK).stream()
                .map(k -> k.label() + " " + k.colour())
                .toList());
  }

  @Test
  void aReadersOwnKindWithMarkupInItsNameIsEscapedAndStillValid() throws Exception {
    List<TagKind> kinds = new java.util.ArrayList<>(Codebook.defaults().kinds());
    kinds.add(new TagKind("mine", TagTarget.LINK, "Mine <&> \"quoted\"", "oops", "a\u0001b"));
    Comparison base = ExportFixture.comparison();
    Comparison c =
        new Comparison(
            base.title(),
            base.annotator(),
            base.a(),
            base.b(),
            base.claims(),
            base.links(),
            base.terms(),
            new Codebook(kinds),
            base.created(),
            base.modified());
    var schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(QdcTest.class.getResource("refi-codebook.xsd"));

    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(qdc(c))));
    assertThat(new String(qdc(c), StandardCharsets.UTF_8))
        .contains("name=\"Mine &lt;&amp;&gt; &quot;quoted&quot;\"");
  }
}
