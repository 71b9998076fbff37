package io.earshot.reports.load;

import io.earshot.reports.charts.ChartRenderer;
import io.earshot.reports.charts.ChartSpec;
import io.earshot.simulator.load.LoadSnapshot;
import io.earshot.simulator.metrics.MetricSeries;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The charts of a load run, from its progress snapshots: users and streams, and reported MOS. */
public final class LoadCharts {
  private LoadCharts() {}

  /**
   * PNG charts by title; none when the run left fewer than two snapshots, and no MOS chart before
   * any MOS was reported.
   */
  public static Map<String, byte[]> render(List<LoadSnapshot> snapshots) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (snapshots.size() < 2) {
      return out;
    }
    double end = snapshots.get(snapshots.size() - 1).totalNanos() / 1e9;
    out.put(
        "users and streams over time",
        ChartRenderer.png(
            ChartSpec.builder(
                    "Users in rooms", series(snapshots, "users joined", "users", s -> s.joined()))
                .series(series(snapshots, "streams playing", "users", s -> s.streamsPlaying()))
                .endSeconds(end)
                .build()));
    if (series(snapshots, "p5", "MOS", LoadSnapshot::reportedMosP5).size() == 0) {
      return out;
    }
    out.put(
        "reported MOS percentiles over time",
        ChartRenderer.png(
            ChartSpec.builder(
                    "Reported MOS across listeners (each interval)",
                    series(snapshots, "p5", "MOS", LoadSnapshot::reportedMosP5))
                .series(series(snapshots, "p50", "MOS", LoadSnapshot::reportedMosP50))
                .endSeconds(end)
                .build()));
    return out;
  }

  /** The snapshots' values over time, leaving out those not known (no MOS reported yet). */
  private static MetricSeries series(
      List<LoadSnapshot> snapshots,
      String name,
      String unit,
      ToDoubleFunction<LoadSnapshot> value) {
    long[] at = new long[snapshots.size()];
    double[] values = new double[snapshots.size()];
    int n = 0;
    for (LoadSnapshot s : snapshots) {
      double v = value.applyAsDouble(s);
      if (Double.isFinite(v)) {
        at[n] = s.elapsedNanos();
        values[n++] = v;
      }
    }
    return new MetricSeries(name, unit, Arrays.copyOf(at, n), Arrays.copyOf(values, n));
  }
}
