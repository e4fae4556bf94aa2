package org.vistka.media;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Scales a decoded picture to one size, into plain sRGB pixels (with alpha only when the picture has real
 * transparency). Scaling goes down by halves with bilinear filtering, then takes the last step with bicubic, so
 * every source pixel counts towards the result: a single large bicubic step samples only a few source pixels and
 * gives shimmering edges. Transparent pictures are scaled premultiplied, so their edges keep no dark fringe. Pure.
 */
final class Resizer {
    private Resizer() {
    }

    /** {@code source} at {@code width} × {@code height}, as TYPE_INT_ARGB_PRE when {@code alpha}, else TYPE_INT_RGB. */
    static BufferedImage resize(BufferedImage source, int width, int height, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = w / 2 >= width ? w / 2 : width;
            h = h / 2 >= height ? h / 2 : height;
            boolean last = w == width && h == height;
            current = draw(current, w, h, type, last
                    ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        } while (w != width || h != height);
        return current;
    }

    /** A copy of {@code image} in {@code type}, so that an encoder gets the exact pixel layout it expects. */
    static BufferedImage copy(BufferedImage image, int type) {
        return draw(image, image.getWidth(), image.getHeight(), type, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
