package org.focalexplorer.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Surface} on a Java2D {@code Graphics2D}: a {@code BufferedImage} for PNG, or JFreeSVG's
 * {@code SVGGraphics2D} for SVG. With {@code vector} set, {@link #fillGrid} writes one rectangle per
 * cell instead of a picture, so an SVG stays vector throughout.
 */
public final class Java2DSurface implements Surface {
    /** Neighbouring cells overlap this much (pixels) so that no hairline of background shows between them. */
    private static final double CELL_OVERLAP = 0.35;

    private record State(AffineTransform transform, Shape clip, Color stroke, Color fill, double alpha, double width,
            double[] dashes, boolean round, PlotFont font) {}

    private final Graphics2D g;
    private final boolean vector;
    private final Deque<State> saved = new ArrayDeque<>();
    private final Map<PlotFont, Font> fonts = new HashMap<>();
    private Color stroke = Color.BLACK;
    private Color fill = Color.BLACK;
    private double alpha = 1.0;
    private double width = 1.0;
    private double[] dashes = {};
    private boolean round;
    private PlotFont font = new PlotFont(12, false);

    public Java2DSurface(Graphics2D g, boolean vector) {
        this.g = g;
        this.vector = vector;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // grey-scale text antialiasing: LCD (sub-pixel) text looks coloured once the picture is scaled or printed
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        applyStroke();
    }

    @Override
    public void save() {
        saved.push(new State(g.getTransform(), g.getClip(), stroke, fill, alpha, width, dashes, round, font));
    }

    @Override
    public void restore() {
        State s = saved.pop();
        g.setTransform(s.transform());
        g.setClip(s.clip());
        stroke = s.stroke();
        fill = s.fill();
        alpha = s.alpha();
        width = s.width();
        dashes = s.dashes();
        round = s.round();
        font = s.font();
        applyStroke();
        applyAlpha();
    }

    @Override
    public void translate(double x, double y) {
        g.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        g.rotate(Math.toRadians(degrees));
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void setStroke(Color c) {
        stroke = c;
    }

    @Override
    public void setFill(Color c) {
        fill = c;
    }

    @Override
    public void setAlpha(double a) {
        alpha = Math.max(0.0, Math.min(1.0, a));
        applyAlpha();
    }

    @Override
    public void setLineWidth(double w) {
        width = w;
        applyStroke();
    }

    @Override
    public void setDashes(double... d) {
        dashes = d.clone();
        applyStroke();
    }

    @Override
    public void setRoundJoins(boolean r) {
        round = r;
        applyStroke();
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        if (n < 2) {
            return;
        }
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        draw(p);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public double textWidth(String text, PlotFont f) {
        return awt(f).getStringBounds(text, context()).getWidth();
    }

    @Override
    public void setFont(PlotFont f) {
        font = f;
    }

    @Override
    public void fillText(String text, double x, double y, Align align, Baseline baseline, double maxWidth) {
        if (text.isEmpty()) {
            return;
        }
        Font f = awt(font);
        FontRenderContext frc = context();
        double w = f.getStringBounds(text, frc).getWidth();
        double squeeze = w > maxWidth && maxWidth > 0 ? maxWidth / w : 1.0;
        double drawn = w * squeeze;
        LineMetrics lm = f.getLineMetrics(text, frc);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - drawn / 2;
            case RIGHT -> x - drawn;
        };
        double base = switch (baseline) {
            case TOP -> y + lm.getAscent();
            case CENTER -> y + (lm.getAscent() - lm.getDescent()) / 2;
            case BOTTOM -> y - lm.getDescent();
        };
        AffineTransform before = g.getTransform();
        g.translate(left, base);
        if (squeeze != 1.0) {
            g.scale(squeeze, 1.0);
        }
        g.setFont(f);
        g.setColor(fill);
        g.drawString(text, 0f, 0f);
        g.setTransform(before);
    }

    @Override
    public void fillGrid(double x, double y, double w, double h, int columns, int rows, int[] argb) {
        if (vector) {
            double cw = w / columns;
            double ch = h / rows;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    g.setColor(new Color(argb[r * columns + c], true));
                    double ow = c < columns - 1 ? CELL_OVERLAP : 0;
                    double oh = r < rows - 1 ? CELL_OVERLAP : 0;
                    g.fill(new Rectangle2D.Double(x + c * cw, y + r * ch, cw + ow, ch + oh));
                }
            }
            return;
        }
        BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, columns, rows, argb, 0, columns);
        Object before = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform at = new AffineTransform(w / columns, 0, 0, h / rows, x, y);
        g.drawImage(image, at, null);
        if (before != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, before);
        }
    }

    private FontRenderContext context() {
        return g.getFontRenderContext();
    }

    private Font awt(PlotFont f) {
        return fonts.computeIfAbsent(f, k -> new Font(Font.SANS_SERIF, k.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) k.size()));
    }

    private void draw(Shape s) {
        g.setColor(stroke);
        g.draw(s);
    }

    private void fill(Shape s) {
        g.setColor(fill);
        g.fill(s);
    }

    private void applyAlpha() {
        g.setComposite(AlphaComposite.SrcOver.derive((float) alpha));
    }

    private void applyStroke() {
        float[] d = null;
        if (dashes.length > 0) {
            d = new float[dashes.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) dashes[i];
            }
        }
        g.setStroke(new BasicStroke((float) width, round ? BasicStroke.CAP_BUTT : BasicStroke.CAP_SQUARE,
                round ? BasicStroke.JOIN_ROUND : BasicStroke.JOIN_MITER, 10f, d, 0f));
    }
}
