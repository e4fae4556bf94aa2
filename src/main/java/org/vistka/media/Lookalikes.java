package org.vistka.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Names what a refused file looks like, so the refusal can tell the uploader what they actually sent (an SVG
 * logo, an iPhone HEIC photo, a web page saved with a .jpg name). A guess from the first bytes, for the message
 * only: nothing is accepted on its strength.
 */
final class Lookalikes {
    private static final int SAMPLE = 4096;

    private Lookalikes() {
    }

    /** A short name of what the bytes look like ("SVG", "a GIF image"), or null when they look like nothing known. */
    static String of(byte[] bytes) {
        if (ascii(bytes, 0, "GIF8")) {
            return "a GIF image";
        }
        if (ascii(bytes, 0, "%PDF-")) {
            return "a PDF document";
        }
        if (ascii(bytes, 0, "PK\u0003\u0004")) {
            return "a ZIP archive";
        }
        if (ascii(bytes, 0, "II*\u0000") || ascii(bytes, 0, "MM\u0000*")) {
            return "a TIFF image";
        }
        if (ascii(bytes, 0, "BM")) {
            return "a BMP image";
        }
        if (ascii(bytes, 4, "ftyp")) {
            return ascii(bytes, 8, "avif") ? "an AVIF image" : "a HEIC photo or a video";
        }
        if (ascii(bytes, 0, "RIFF")) {
            return "a RIFF file that is not WebP";
        }
        String text = asText(bytes);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("<svg")) {
            return "SVG";
        }
        if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<script")
                || lower.contains("<body")) {
            return "HTML";
        }
        return lower.stripLeading().startsWith("<?xml") ? "XML" : "text";
    }

    /** The start of the file as text, or null when it is not UTF-8 text without control characters. */
    private static String asText(byte[] bytes) {
        int length = Math.min(bytes.length, SAMPLE);
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (length == SAMPLE) {
            // The sample may end inside a character, which decodes as replacement characters; that is no sign of binary.
            text = text.replaceFirst("\uFFFD+$", "");
        }
        return text.chars().allMatch(c -> (c >= 0x20 && c != 0xFFFD && c != 0x7F) || c == '\t' || c == '\n' || c == '\r')
                ? text : null;
    }

    private static boolean ascii(byte[] bytes, int offset, String prefix) {
        return ImageKind.startsWith(bytes, offset, prefix.getBytes(StandardCharsets.ISO_8859_1));
    }
}
