package io.earshot.simulator.load;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a load run measures, by the name thresholds and {@code summary.json} use. Distributions are
 * kept in histograms (scaled to whole numbers: {@link #scale()} units per value), so that shards
 * merge exactly; ratios are kept as counts.
 */
public enum LoadMetric {
  /** Measured MOS of each 10 s window of each probe (listener, stream) pair. */
  MEASURED_MOS("measured_mos", "MOS", "%.2f", 1000),
  /** MOS the listeners' engines reported (onPlayerQualityUpdate), every report of every pair. */
  REPORTED_MOS("reported_mos", "MOS", "%.2f", 1000),
  /** Measured mouth-to-ear latency estimates of the probe pairs, in ms. */
  LATENCY_MS("latency_ms", "ms", "%.1f ms", 100),
  /** Breaks heard per 10 s, per probe pair. */
  BREAK_RATE("break_rate", "breaks per 10 s", "%.2f", 1000),
  /** Logins that reached LOGINED, of those attempted. */
  JOIN_SUCCESS("join_success", "%", "%.3f", 0),
  /** Audio frames sent and played on time, of those due (the harness's own health). */
  ON_TIME("on_time", "%", "%.3f", 0);

  private final String key;
  private final String unit;
  private final String format;
  private final int scale;

  LoadMetric(String key, String unit, String format, int scale) {
    this.key = key;
    this.unit = unit;
    this.format = format;
    this.scale = scale;
  }

  public String key() {
    return key;
  }

  public String unit() {
    return unit;
  }

  String format() {
    return format;
  }

  /** Histogram units per value (0 for a ratio). */
  public int scale() {
    return scale;
  }

  public boolean ratio() {
    return scale == 0;
  }

  /** The metric of {@code key}, or a message listing the metrics there are. */
  public static LoadMetric named(String key) {
    for (LoadMetric m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown metric '"
            + key
            + "'; metrics: "
            + Arrays.stream(values()).map(LoadMetric::key).collect(Collectors.joining(", ")));
  }
}
