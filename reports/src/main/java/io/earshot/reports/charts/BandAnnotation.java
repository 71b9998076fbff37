package io.earshot.reports.charts;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/** Paints one {@link Shade} over a chart's plot area: a translucent band and its label on top. */
final class BandAnnotation extends Annotation {
  static final Color FILL = new Color(220, 60, 40);
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private final Shade shade;
  private final int row;

  /**
   * @param row which label row (0, 1, ...) so overlapping bands' labels do not cover each other
   */
  BandAnnotation(Shade shade, int row) {
    super(false);
    this.shade = shade;
    this.row = row;
  }

  @Override
  public void paint(Graphics2D g) {
    int left = getXAxisScreenValueForMin();
    int right = getXAxisScreenValueForMax();
    int x1 = Math.max(left, getXAxisScreenValue(shade.fromSeconds()));
    int x2 =
        Double.isInfinite(shade.toSeconds())
            ? right
            : Math.min(right, getXAxisScreenValue(shade.toSeconds()));
    int top = getYAxisScreenValueForMax();
    int bottom = getYAxisScreenValueForMin();
    int y = Math.min(top, bottom);
    int h = Math.abs(bottom - top);
    int w = Math.max(2, x2 - x1);
    Composite before = g.getComposite();
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.18f));
    g.setColor(FILL);
    g.fillRect(x1, y, w, h);
    g.setComposite(before);
    g.setColor(FILL.darker());
    g.setStroke(new BasicStroke(1f));
    g.drawLine(x1, y, x1, y + h);
    g.setFont(LABEL_FONT);
    int textWidth = g.getFontMetrics().stringWidth(shade.label());
    int baseline = y + 12 + row * 13;
    g.setColor(new Color(255, 255, 255, 200));
    g.fillRect(x1 + 2, baseline - 10, textWidth + 2, 13);
    g.setColor(FILL.darker());
    g.drawString(shade.label(), x1 + 3, baseline);
    bounds = new java.awt.geom.Rectangle2D.Double(x1, y, w, h);
  }
}
