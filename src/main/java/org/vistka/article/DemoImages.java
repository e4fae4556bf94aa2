package org.vistka.article;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the demo stories' featured images: quiet abstract landscapes (sky, river, hills) coloured from the
 * story's slug, written as JPEG files into the media folder. Keeps the repository free of photographs while
 * the demo still shows what pages with images look like.
 */
public final class DemoImages {
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 675;

    private final Path mediaDir;

    public DemoImages(Path mediaDir) {
        this.mediaDir = mediaDir;
    }

    FeaturedImage create(String slug, String alt, String caption, String credit) {
        String name = "demo-" + slug + ".jpg";
        try {
            Files.createDirectories(mediaDir);
            ImageIO.write(draw(new Random(slug.hashCode())), "jpg", mediaDir.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FeaturedImage("/media/" + name, WIDTH, HEIGHT, alt, caption, credit);
    }

    private static BufferedImage draw(Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = random.nextFloat();
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.35f, 0.95f), 0, HEIGHT * 0.6f,
                Color.getHSBColor(hue + 0.08f, 0.25f, 0.75f)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int layer = 0; layer < 3; layer++) {
            g.setColor(Color.getHSBColor(hue + 0.3f + layer * 0.04f, 0.35f, 0.55f - layer * 0.12f));
            int[] xs = new int[12];
            int[] ys = new int[12];
            for (int i = 0; i < 10; i++) {
                xs[i] = i * WIDTH / 9;
                ys[i] = (int) (HEIGHT * (0.45 + layer * 0.1) + random.nextGaussian() * 25);
            }
            xs[10] = WIDTH;
            ys[10] = HEIGHT;
            xs[11] = 0;
            ys[11] = HEIGHT;
            g.fillPolygon(xs, ys, 12);
        }
        g.setPaint(new GradientPaint(0, HEIGHT * 0.78f, Color.getHSBColor(0.58f, 0.45f, 0.7f), 0, HEIGHT,
                Color.getHSBColor(0.6f, 0.55f, 0.45f)));
        g.fillRect(0, (int) (HEIGHT * 0.78), WIDTH, HEIGHT);
        g.dispose();
        return image;
    }
}
