package org.vistka.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vistka.web.KyivTime;

/**
 * Writes the sitemap protocol's documents with the JDK's streaming XML writer, which escapes every value: the index of
 * files, a set of addresses, and Google News's set of stories. Times are W3C date-times in Kyiv time. One entry a
 * line, no other whitespace. Thread-safe.
 */
final class SitemapXml {
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(KyivTime.ZONE);
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SitemapXml() {
    }

    static byte[] index(List<SitemapPart> parts, String baseUrl) {
        return document("sitemapindex", false, xml -> {
            for (SitemapPart part : parts) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", baseUrl + part.name().path());
                element(xml, "lastmod", time(part.lastmod()));
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
        });
    }

    static byte[] urls(List<SitemapUrl> urls, String baseUrl) {
        return document("urlset", false, xml -> {
            for (SitemapUrl url : urls) {
                xml.writeStartElement("url");
                element(xml, "loc", baseUrl + url.path());
                element(xml, "lastmod", time(url.lastmod()));
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
        });
    }

    /** Google News's sitemap: each story with the publication's name and language, its date and headline. */
    static byte[] news(List<SitemapUrl> stories, String baseUrl, String publication, String language) {
        return document("urlset", true, xml -> {
            for (SitemapUrl story : stories) {
                xml.writeStartElement("url");
                element(xml, "loc", baseUrl + story.path());
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                xml.writeStartElement("news", "name", NEWS_NS);
                xml.writeCharacters(publication);
                xml.writeEndElement();
                xml.writeStartElement("news", "language", NEWS_NS);
                xml.writeCharacters(language);
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeStartElement("news", "publication_date", NEWS_NS);
                xml.writeCharacters(time(story.published()));
                xml.writeEndElement();
                xml.writeStartElement("news", "title", NEWS_NS);
                xml.writeCharacters(story.title());
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
        });
    }

    private static String time(Instant instant) {
        return W3C.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static byte[] document(String root, boolean news, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8_192);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(SITEMAP_NS);
            if (news) {
                xml.writeNamespace("news", NEWS_NS);
            }
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a sitemap: " + e.getMessage(), e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
