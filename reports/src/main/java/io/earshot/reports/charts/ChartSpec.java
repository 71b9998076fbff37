package io.earshot.reports.charts;

import io.earshot.simulator.metrics.MetricSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one chart shows: a quantity over scenario time, with bands shaded behind it. Build with
 * {@link #builder(String, MetricSeries)}.
 *
 * @param title the chart's title ("bob plays s1: played level")
 * @param series the lines (one or more series of the same unit)
 * @param shades the bands
 * @param endSeconds where the time axis ends (the scenario's end), at least the data's end
 * @param width in pixels
 * @param height in pixels
 */
public record ChartSpec(
    String title,
    List<MetricSeries> series,
    List<Shade> shades,
    double endSeconds,
    int width,
    int height) {
  /** The default size: wide enough for a minute of 20 ms points, short enough to stack. */
  public static final int WIDTH = 900;

  public static final int HEIGHT = 320;

  public ChartSpec {
    Objects.requireNonNull(title, "title");
    series = List.copyOf(series);
    shades = List.copyOf(shades);
    if (series.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one series: " + title);
    }
    if (width < 200 || height < 100) {
      throw new IllegalArgumentException(
          "a chart must be at least 200 x 100 pixels, found " + width + " x " + height);
    }
  }

  public static Builder builder(String title, MetricSeries first) {
    return new Builder(title, first);
  }

  /** Collects a chart's parts. */
  public static final class Builder {
    private final String title;
    private final List<MetricSeries> series = new ArrayList<>();
    private final List<Shade> shades = new ArrayList<>();
    private double endSeconds;
    private int width = WIDTH;
    private int height = HEIGHT;

    private Builder(String title, MetricSeries first) {
      this.title = title;
      series.add(first);
    }

    public Builder series(MetricSeries more) {
      series.add(more);
      return this;
    }

    public Builder shade(Shade shade) {
      shades.add(shade);
      return this;
    }

    public Builder endSeconds(double end) {
      this.endSeconds = end;
      return this;
    }

    public Builder size(int w, int h) {
      this.width = w;
      this.height = h;
      return this;
    }

    public ChartSpec build() {
      return new ChartSpec(title, series, shades, endSeconds, width, height);
    }
  }
}
