import java.awt.*; import java.awt.geom.*; import java.awt.image.BufferedImage; import javax.imageio.ImageIO; import java.io.File;
/** Draws assets/icons/focal-explorer.png (CE and FL at γ = 2 versus p_t): java assets/icons/MakeIcon.java assets/icons/focal-explorer.png */
public class MakeIcon { public static void main(String[] a) throws Exception {
  int n = 256; BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB); Graphics2D g = img.createGraphics();
  g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON); g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  g.setColor(new Color(0x1f2937)); g.fill(new RoundRectangle2D.Double(8, 8, n - 16, n - 16, 56, 56));
  double x0 = 40, y0 = 216, w = 176, h = 168; // plot box: p_t in (0,1] -> loss
  g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
  g.setColor(new Color(255, 255, 255, 90)); g.draw(new Line2D.Double(x0, y0, x0 + w, y0)); g.draw(new Line2D.Double(x0, y0, x0, y0 - h));
  double[] gammas = {0, 2}; Color[] colors = {new Color(0x56B4E9), new Color(0xE69F00)}; float[] widths = {9f, 13f};
  for (int k = 0; k < 2; k++) { Path2D p = new Path2D.Double(); boolean first = true;
    for (int i = 0; i <= 200; i++) { double pt = 0.03 + 0.97 * i / 200.0; double loss = -Math.pow(1 - pt, gammas[k]) * Math.log(pt);
      double x = x0 + w * pt, y = y0 - h * Math.min(loss / 3.5, 1.0); if (first) { p.moveTo(x, y); first = false; } else p.lineTo(x, y); }
    g.setStroke(new BasicStroke(widths[k], BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)); g.setColor(colors[k]); g.draw(p); }
  g.dispose(); ImageIO.write(img, "png", new File(a[0])); } }
