package org.vistka.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/** Writes a Rome feed as UTF-8 bytes in one format, dates in Kyiv time. The same feed always gives the same bytes. Thread-safe. */
final class FeedWriter {
    private FeedWriter() {
    }

    static byte[] write(SyndFeed feed, FeedFormat format) {
        try {
            Document document = new WireFeedOutput().outputJDom(feed.createWireFeed(format.romeType()));
            KyivDates.rewrite(document);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
            new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).output(document, bytes);
            return bytes.toByteArray();
        } catch (FeedException e) {
            throw new IllegalStateException("Rome refused a feed Vistka built: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
