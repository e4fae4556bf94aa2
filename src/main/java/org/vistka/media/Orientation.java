package org.vistka.media;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Turns pixels upright by an EXIF orientation (1 to 8), the turn or mirror that a viewer would otherwise apply
 * from the metadata the library removes. Exact: whole-pixel turns, no resampling. Pure.
 */
final class Orientation {
    private Orientation() {
    }

    /** Whether the orientation turns the picture a quarter, so that the upright width is the stored height. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        // Each maps a stored pixel (x, y) to where it shows, x' = m00 x + m01 y + m02 and y' = m10 x + m11 y + m12;
        // the arguments come in AffineTransform's order: m00, m10, m01, m11, m02, m12.
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);  // mirrored left to right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);  // mirrored top to bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);   // mirrored along the main diagonal
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);  // needs a quarter turn clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // mirrored along the other diagonal
            default -> new AffineTransform(0, -1, 1, 0, 0, w); // 8: needs a quarter turn anticlockwise
        };
        boolean swap = swapsSides(orientation);
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
        Graphics2D g = target.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
