package io.earshot.reports.load;

import io.earshot.reports.charts.ChartRenderer;
import io.earshot.reports.charts.ChartSpec;
import io.earshot.simulator.load.LoadSnapshot;
import io.earshot.simulator.metrics.MetricSeries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The charts of a load run, from its progress snapshots: users and streams, and reported MOS. */
public final class LoadCharts {
  private LoadCharts() {}

  /** PNG charts by title; none when the run left fewer than two snapshots. */
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

  private static MetricSeries series(
      List<LoadSnapshot> snapshots,
      String name,
      String unit,
      ToDoubleFunction<LoadSnapshot> value) {
    long[] at = new long[snapshots.size()];
    double[] values = new double[snapshots.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = snapshots.get(i).elapsedNanos();
      values[i] = value.applyAsDouble(snapshots.get(i));
    }
    return new MetricSeries(name, unit, at, values);
  }
}
