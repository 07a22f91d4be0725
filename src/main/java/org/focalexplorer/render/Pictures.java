package org.focalexplorer.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/** A {@link Figure} as a PNG (at twice its size, for sharp slides) or as a true-vector SVG. */
public final class Pictures {
    /** Pixels per logical pixel in a PNG. */
    public static final double PNG_SCALE = 2.0;

    private Pictures() {}

    public static BufferedImage image(Figure f, double width, double height, double scale) {
        int w = (int) Math.ceil(width * scale);
        int h = (int) Math.ceil(height * scale);
        BufferedImage image = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            f.paint(new Java2DSurface(g, false), width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] png(Figure f, double width, double height) {
        BufferedImage image = image(f, width, height, PNG_SCALE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An SVG document: curves as paths, text as text, heatmap cells as rectangles, points as ellipses. */
    public static String svg(Figure f, double width, double height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        f.paint(new Java2DSurface(g, true), width, height);
        return g.getSVGDocument();
    }
}
