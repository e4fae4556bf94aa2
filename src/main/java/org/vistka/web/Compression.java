package org.vistka.web;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.QuotedQualityCSV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compresses a cached page once, at the strongest settings worth paying for once, and picks the encoding a
 * reader's {@code Accept-Encoding} allows. Brotli needs a native library; where it cannot load, pages are kept
 * in gzip only and the start-up log says so. Thread-safe.
 */
final class Compression {
    private static final Logger log = LoggerFactory.getLogger(Compression.class);
    /** Quality 6: close to the best size for HTML at a few milliseconds for a large page, paid once per render. */
    private static final Encoder.Parameters BROTLI = new Encoder.Parameters().setQuality(6).setMode(Encoder.Mode.TEXT);

    enum Encoding { BROTLI, GZIP, IDENTITY }

    private final boolean brotli;

    Compression() {
        this.brotli = Brotli4jLoader.isAvailable();
        if (!brotli) {
            log.warn("event=brotli-unavailable cause=\"{}\" pages are cached with gzip only", Brotli4jLoader.getUnavailabilityCause());
        }
    }

    byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (var gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The bytes in brotli, or null where brotli is not available. */
    byte[] brotli(byte[] bytes) {
        if (!brotli) {
            return null;
        }
        try {
            return Encoder.compress(bytes, BROTLI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best encoding the reader accepts: brotli, then gzip, then none. An encoding is accepted when it is named
     * with a weight above 0, or not named and covered by a {@code *} that is; a weight of 0 anywhere refuses it. A
     * header Jetty's parser cannot read gets the page uncompressed, which every reader can take.
     */
    static Encoding choose(String acceptEncoding, boolean brotliKept) {
        if (acceptEncoding == null) {
            return Encoding.IDENTITY;
        }
        var offered = new QuotedQualityCSV();
        try {
            offered.addValue(acceptEncoding);
        } catch (IllegalArgumentException unreadable) {
            return Encoding.IDENTITY;
        }
        List<QuotedQualityCSV.QualityValue> weights = offered.getQualityValues();
        return brotliKept && accepts(weights, "br") ? Encoding.BROTLI : accepts(weights, "gzip") ? Encoding.GZIP : Encoding.IDENTITY;
    }

    private static boolean accepts(List<QuotedQualityCSV.QualityValue> weights, String encoding) {
        List<QuotedQualityCSV.QualityValue> named = weights.stream().filter(w -> w.getValue().equalsIgnoreCase(encoding)).toList();
        if (named.isEmpty()) {
            named = weights.stream().filter(w -> w.getValue().equals("*")).toList();
        }
        return !named.isEmpty() && named.stream().allMatch(QuotedQualityCSV.QualityValue::isAcceptable);
    }
}
