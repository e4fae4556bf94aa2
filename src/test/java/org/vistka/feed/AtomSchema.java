package org.vistka.feed;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.Schema;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * RFC 4287's own RELAX NG schema for Atom (its Appendix B, in {@code src/test/resources/schemas/atom}), run by the Jing
 * that comes with the Nu Html Checker. The schema also states three rules in embedded Schematron, which Jing's
 * RELAX NG reader leaves aside; they are checked here with the schema's own XPath tests. Returns the errors found in a
 * document, an empty list for a valid one. The schema is compiled once; thread-safe.
 */
final class AtomSchema {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Schema SCHEMA = compile("/schemas/atom/rfc4287.rnc");

    /** The schema's Schematron assertions, as it states them. */
    private static final List<Assertion> RULES = List.of(
            new Assertion("atom:feed", "atom:author or not(atom:entry[not(atom:author)])",
                    "An atom:feed must have an atom:author unless all of its atom:entry children have an atom:author."),
            new Assertion("atom:entry", "atom:link[@rel='alternate'] or atom:link[not(@rel)] or atom:content",
                    "An atom:entry must have at least one atom:link element with a rel attribute of 'alternate' or an atom:content."),
            new Assertion("atom:entry", "atom:author or ../atom:author or atom:source/atom:author",
                    "An atom:entry must have an atom:author if its feed does not."));

    private AtomSchema() {
    }

    static List<String> errors(byte[] document) {
        SchemaErrors errors = new SchemaErrors();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, errors);
        var validator = SCHEMA.createValidator(properties.toPropertyMap());
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setContentHandler(validator.getContentHandler());
            reader.setErrorHandler(errors);
            reader.parse(new InputSource(new ByteArrayInputStream(document)));
            schematron(document, errors);
        } catch (SAXParseException e) {
            errors.fatalError(e);
        } catch (Exception e) {
            throw new IllegalStateException("Jing could not run", e);
        }
        return errors.found();
    }

    private static void schematron(byte[] document, SchemaErrors errors) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(document));
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new AtomPrefix());
        for (Assertion rule : RULES) {
            NodeList contexts = (NodeList) xpath.evaluate("//" + rule.context(), dom, XPathConstants.NODESET);
            for (int i = 0; i < contexts.getLength(); i++) {
                if (!holds(xpath, rule.test(), contexts.item(i))) {
                    errors.add(rule.context() + " #" + (i + 1) + ": " + rule.message());
                }
            }
        }
    }

    private static boolean holds(XPath xpath, String test, Node context) throws XPathExpressionException {
        return (Boolean) xpath.evaluate(test, context, XPathConstants.BOOLEAN);
    }

    private static Schema compile(String resource) {
        URL url = AtomSchema.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing " + resource);
        }
        SchemaErrors errors = new SchemaErrors();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, errors);
        try {
            return CompactSchemaReader.getInstance().createSchema(new InputSource(url.toString()), properties.toPropertyMap());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource + ": " + errors.found(), e);
        }
    }

    private record Assertion(String context, String test, String message) {
    }

    /** The {@code atom} prefix the Schematron tests use. */
    private static final class AtomPrefix implements NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            return "atom".equals(prefix) ? ATOM : XMLConstants.NULL_NS_URI;
        }

        @Override
        public String getPrefix(String namespaceUri) {
            return ATOM.equals(namespaceUri) ? "atom" : null;
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceUri) {
            return ATOM.equals(namespaceUri) ? List.of("atom").iterator() : List.<String>of().iterator();
        }
    }
}
