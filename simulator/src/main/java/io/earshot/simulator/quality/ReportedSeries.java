package io.earshot.simulator.quality;

import io.earshot.simulator.metrics.MetricSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A listener's quality callbacks for one stream as chart series: the MOS its engine reported (only
 * the callbacks that knew one), the loss on its leg before recovery, in percent, and the playout
 * delay ({@code delay}: the jitter buffer's average delay plus one frame to decode and play).
 */
public final class ReportedSeries {
  private ReportedSeries() {}

  /** The series of {@code samples}; none when there are no samples. */
  public static List<MetricSeries> of(List<ReportedQuality.Sample> samples) {
    if (samples.isEmpty()) {
      return List.of();
    }
    List<MetricSeries> out = new ArrayList<>();
    List<ReportedQuality.Sample> withMos = samples.stream().filter(s -> s.mos() >= 0).toList();
    if (!withMos.isEmpty()) {
      out.add(series("reported MOS", "MOS", withMos, ReportedQuality.Sample::mos));
    }
    out.add(series("reported loss", "%", samples, s -> 100 * s.packetLostRate()));
    out.add(
        series(
            "reported playout delay (jitter buffer + decode)",
            "ms",
            samples,
            s -> s.quality().delay()));
    return out;
  }

  private static MetricSeries series(
      String name,
      String unit,
      List<ReportedQuality.Sample> samples,
      ToDoubleFunction<ReportedQuality.Sample> value) {
    long[] at = new long[samples.size()];
    double[] values = new double[samples.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = samples.get(i).atNanos();
      values[i] = value.applyAsDouble(samples.get(i));
    }
    return new MetricSeries(name, unit, at, values);
  }
}
