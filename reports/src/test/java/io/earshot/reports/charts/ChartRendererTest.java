package io.earshot.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.simulator.metrics.MetricSeries;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** A chart is a PNG of the asked size, with its band shaded where the band is and nowhere else. */
class ChartRendererTest {
  @Test
  void rendersAPngOfTheRequestedSizeWithTheBandShaded() throws IOException {
    long[] at = new long[101];
    double[] level = new double[101];
    for (int i = 0; i <= 100; i++) {
      at[i] = i * 100_000_000L;
      level[i] = i >= 40 && i < 60 ? -100 : -15;
    }
    ChartSpec spec =
        ChartSpec.builder(
                "bob plays s1: played level", new MetricSeries("played level", "dBFS", at, level))
            .shade(new Shade("outage (alice)", 4.0, 6.0))
            .endSeconds(10)
            .build();
    byte[] png = ChartRenderer.png(spec);
    assertEquals(0x89, png[0] & 0xFF);
    assertEquals('P', png[1]);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(ChartSpec.WIDTH, image.getWidth());
    assertEquals(ChartSpec.HEIGHT, image.getHeight());
    var chart = ChartRenderer.chart(spec);
    BufferedImage painted =
        new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_INT_RGB);
    chart.paint(painted.createGraphics(), spec.width(), spec.height());
    int inside = (int) chart.getScreenXFromChart(5.0);
    int outside = (int) chart.getScreenXFromChart(8.5);
    int y = (int) chart.getScreenYFromChart(-60);
    assertTrue(
        reddish(painted.getRGB(inside, y)),
        "band shaded at 5 s: " + new Color(painted.getRGB(inside, y)));
    assertTrue(
        !reddish(painted.getRGB(outside, y)),
        "no band at 8.5 s: " + new Color(painted.getRGB(outside, y)));
  }

  @Test
  void aBandMustNotEndBeforeItStarts() {
    IllegalArgumentException e =
        Assertions.assertThrows(IllegalArgumentException.class, () -> new Shade("outage", 5, 4));
    assertTrue(e.getMessage().contains("\"outage\" from 5.0 s to 4.0 s"), e.getMessage());
  }

  private static boolean reddish(int rgb) {
    Color c = new Color(rgb);
    return c.getRed() > c.getGreen() + 20 && c.getRed() > c.getBlue() + 20;
  }
}
