package io.earshot.simulator.load;

import java.util.EnumMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What a load run (or one shard of it) measured, in a form that merges exactly: a histogram per
 * distribution (3 significant digits, so a percentile of merged shards is the percentile of the
 * whole to within 0.1%, never an average of percentiles) and good/total counts per ratio.
 */
public final class LoadResults {
  private final Map<LoadMetric, Histogram> histograms = new EnumMap<>(LoadMetric.class);
  private final Map<LoadMetric, long[]> ratios = new EnumMap<>(LoadMetric.class);
  private long users;

  /** Records one value of a distribution metric. */
  public synchronized void record(LoadMetric metric, double value) {
    if (metric.ratio()) {
      throw new IllegalArgumentException(metric.key() + " is a ratio; count it instead");
    }
    if (Double.isFinite(value) && value >= 0) {
      histogram(metric).recordValue(Math.round(value * metric.scale()));
    }
  }

  /** Adds {@code good} of {@code total} to a ratio metric. */
  public synchronized void count(LoadMetric metric, long good, long total) {
    if (!metric.ratio() || good < 0 || total < good) {
      throw new IllegalArgumentException(
          "expected a ratio metric and 0 <= good <= total, found "
              + metric.key()
              + " "
              + good
              + "/"
              + total);
    }
    long[] c = ratios.computeIfAbsent(metric, m -> new long[2]);
    c[0] += good;
    c[1] += total;
  }

  public synchronized void addUsers(long count) {
    users += count;
  }

  public synchronized long users() {
    return users;
  }

  /** How many values a distribution holds, or the total of a ratio. */
  public synchronized long count(LoadMetric metric) {
    if (metric.ratio()) {
      long[] c = ratios.get(metric);
      return c == null ? 0 : c[1];
    }
    Histogram h = histograms.get(metric);
    return h == null ? 0 : h.getTotalCount();
  }

  /**
   * A statistic of a metric: {@code pN}, {@code min}, {@code max} or {@code mean} of a
   * distribution, the ratio itself (0..1) for a ratio; NaN when nothing was measured.
   */
  public synchronized double value(LoadMetric metric, String statistic) {
    if (metric.ratio()) {
      long[] c = ratios.get(metric);
      return c == null || c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
    }
    Histogram h = histograms.get(metric);
    if (h == null || h.getTotalCount() == 0) {
      return Double.NaN;
    }
    double scaled =
        switch (statistic) {
          case "min" -> h.getMinValue();
          case "max" -> h.getMaxValue();
          case "mean" -> h.getMean();
          default -> h.getValueAtPercentile(Double.parseDouble(statistic.substring(1)));
        };
    return scaled / metric.scale();
  }

  /** Adds everything {@code other} measured to this one (shards of one run). */
  public synchronized void merge(LoadResults other) {
    Map<LoadMetric, Histogram> theirs;
    Map<LoadMetric, long[]> theirRatios;
    long theirUsers;
    synchronized (other) {
      theirs = new EnumMap<>(LoadMetric.class);
      other.histograms.forEach((m, h) -> theirs.put(m, h.copy()));
      theirRatios = new EnumMap<>(other.ratios);
      theirUsers = other.users;
    }
    theirs.forEach((m, h) -> histogram(m).add(h));
    theirRatios.forEach((m, c) -> count(m, c[0], c[1]));
    users += theirUsers;
  }

  /** A copy of each histogram, for writing. */
  synchronized Map<LoadMetric, Histogram> histograms() {
    Map<LoadMetric, Histogram> copy = new EnumMap<>(LoadMetric.class);
    histograms.forEach((m, h) -> copy.put(m, h.copy()));
    return copy;
  }

  /** A copy of each ratio's good and total counts. */
  public synchronized Map<LoadMetric, long[]> ratios() {
    Map<LoadMetric, long[]> copy = new EnumMap<>(LoadMetric.class);
    ratios.forEach((m, c) -> copy.put(m, c.clone()));
    return copy;
  }

  /** Adds a histogram read from a shard's file. */
  synchronized void add(LoadMetric metric, Histogram h) {
    histogram(metric).add(h);
  }

  private Histogram histogram(LoadMetric metric) {
    return histograms.computeIfAbsent(metric, m -> new Histogram(3));
  }
}
