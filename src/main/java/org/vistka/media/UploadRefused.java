package org.vistka.media;

import java.util.Locale;

/**
 * An upload the media library will not take: not an image it accepts, too large, or damaged. The message is
 * written for the person who uploaded the file, so a page may show it as it is; the cause, when there is one, is
 * for the log only. The factories below hold every such message, so they read alike.
 */
public final class UploadRefused extends RuntimeException {
    private static final long MIB = 1024 * 1024;

    public UploadRefused(String readerMessage) {
        super(readerMessage);
    }

    public UploadRefused(String readerMessage, Throwable cause) {
        super(readerMessage, cause);
    }

    static UploadRefused empty() {
        return new UploadRefused("This file is empty. Upload a photo in JPEG, PNG or WebP format.");
    }

    static UploadRefused tooManyBytes(long size, long limit) {
        // The size is rounded up so that a file just over the limit never reads as the limit itself.
        String shown = String.format(Locale.ROOT, "%.1f MB", Math.ceil(size * 10.0 / MIB) / 10);
        return new UploadRefused("This file is " + shown + "; the largest accepted is " + megabytes(limit) + ".");
    }

    static UploadRefused notAnImage(String lookalike) {
        String looks = lookalike == null ? "" : " (it looks like " + lookalike + ")";
        return new UploadRefused("This file is not a JPEG, PNG or WebP image" + looks
                + ". Upload a photo in one of those formats.");
    }

    static UploadRefused tooManyPixels(long width, long height, int maxSide, long maxPixels) {
        return new UploadRefused(String.format(Locale.US,
                "This image is too large: %,d × %,d pixels. The largest accepted is %,d pixels a side and %d megapixels.",
                width, height, maxSide, maxPixels / 1_000_000));
    }

    static UploadRefused damaged(Throwable cause) {
        return new UploadRefused("This image file is damaged or incomplete. Try exporting it again.", cause);
    }

    static UploadRefused printColours() {
        return new UploadRefused("This JPEG uses CMYK colours, which are meant for print. "
                + "Export it in RGB (sRGB) and upload it again.");
    }

    private static String megabytes(long bytes) {
        return bytes % MIB == 0 ? bytes / MIB + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) MIB);
    }
}
