package org.vistka.web;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
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

    /** The best encoding the reader accepts: brotli, then gzip, then none; "q=0" refuses one. */
    static Encoding choose(String acceptEncoding, boolean brotliKept) {
        if (acceptEncoding == null) {
            return Encoding.IDENTITY;
        }
        boolean br = false;
        boolean gzip = false;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            String name = pieces[0].trim().toLowerCase(java.util.Locale.ROOT);
            boolean refused = pieces.length > 1 && pieces[1].replace(" ", "").matches("q=0(\\.0*)?");
            if (refused) {
                continue;
            }
            br |= name.equals("br") || name.equals("*");
            gzip |= name.equals("gzip") || name.equals("*");
        }
        return br && brotliKept ? Encoding.BROTLI : gzip ? Encoding.GZIP : Encoding.IDENTITY;
    }
}
