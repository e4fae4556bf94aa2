package org.vistka.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The published XML Schemas of the sitemap protocol (sitemaps.org's {@code siteindex.xsd} and {@code sitemap.xsd})
 * and of Google News's extension ({@code sitemap-news.xsd}), read from {@code src/test/resources/schemas} and run by
 * the JDK's own W3C XML Schema validator. No schema or DTD is ever fetched from the network. Each judge returns the
 * errors it finds; a valid document gets an empty list. The schemas are compiled once; thread-safe.
 */
final class SitemapSchemas {
    private static final Schema INDEX = compile("/schemas/sitemaps/siteindex.xsd");
    // A url may hold elements of other namespaces, strictly validated: Google's schema judges the news:* ones.
    private static final Schema URL_SET = compile("/schemas/sitemaps/sitemap.xsd", "/schemas/google-news/sitemap-news.xsd");

    private SitemapSchemas() {
    }

    static List<String> index(byte[] document) {
        return validate(INDEX, document);
    }

    /** A set of addresses: each file the index names, and the news sitemap. */
    static List<String> urlSet(byte[] document) {
        return validate(URL_SET, document);
    }

    private static List<String> validate(Schema schema, byte[] document) {
        SchemaErrors errors = new SchemaErrors();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(errors);
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXParseException e) {
            errors.fatalError(e);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the XML Schema validator could not run", e);
        }
        return errors.found();
    }

    private static Schema compile(String... resources) {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try {
            // A schema that imports another by its web address fails here rather than fetching it.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            List<StreamSource> sources = new ArrayList<>();
            for (String resource : resources) {
                URL url = SitemapSchemas.class.getResource(resource);
                if (url == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                try (InputStream in = url.openStream()) {
                    sources.add(new StreamSource(new ByteArrayInputStream(in.readAllBytes()), url.toString()));
                }
            }
            return factory.newSchema(sources.toArray(StreamSource[]::new));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + String.join(", ", resources), e);
        }
    }
}
