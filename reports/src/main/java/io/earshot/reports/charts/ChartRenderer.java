package io.earshot.reports.charts;

import io.earshot.simulator.metrics.MetricSeries;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Renders a {@link ChartSpec} to PNG with XChart, headless: time in seconds across, the series'
 * unit up, each band shaded and labelled.
 */
public final class ChartRenderer {
  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ChartRenderer() {}

  /** The chart as PNG bytes. */
  public static byte[] png(ChartSpec spec) {
    XYChart chart = chart(spec);
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the chart \"" + spec.title() + "\" as PNG", e);
    }
  }

  static XYChart chart(ChartSpec spec) {
    MetricSeries first = spec.series().get(0);
    XYChart chart =
        new XYChartBuilder()
            .width(spec.width())
            .height(spec.height())
            .title(spec.title())
            .xAxisTitle("scenario time (s)")
            .yAxisTitle(first.unit().isEmpty() ? first.name() : first.unit())
            .build();
    chart.getStyler().setLegendVisible(spec.series().size() > 1);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridLinesVisible(true);
    chart.getStyler().setAntiAlias(true);
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setXAxisMax(Math.max(spec.endSeconds(), dataEnd(spec.series())));
    if (spec.series().stream()
        .flatMapToDouble(s -> Arrays.stream(s.values()))
        .allMatch(v -> Double.isNaN(v) || v >= 0)) {
      chart.getStyler().setYAxisMin(0.0);
    }
    for (MetricSeries s : spec.series()) {
      long[] at = s.atNanos();
      double[] x = new double[at.length];
      for (int i = 0; i < at.length; i++) {
        x[i] = at[i] / 1e9;
      }
      XYSeries line = chart.addSeries(s.name(), x, s.values());
      line.setMarker(s.size() <= 60 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
    }
    List<Shade> shades = spec.shades();
    for (int i = 0; i < shades.size(); i++) {
      chart.addAnnotation(new BandAnnotation(shades.get(i), i % 3));
    }
    return chart;
  }

  private static double dataEnd(List<MetricSeries> series) {
    double end = 1;
    for (MetricSeries s : series) {
      long[] at = s.atNanos();
      if (at.length > 0) {
        end = Math.max(end, at[at.length - 1] / 1e9);
      }
    }
    return end;
  }
}
