package io.earshot.simulator.quality;

import io.earshot.simulator.measure.LatencyEstimate;
import io.earshot.simulator.measure.MosWindowing;
import io.earshot.simulator.measure.WindowedMeasuredMos;
import io.earshot.simulator.metrics.MetricSeries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A pair's measured quality as chart series on the scenario clock: the measured mouth-to-ear
 * latency at each estimate, and the measured MOS of each scoring window at the window's middle.
 * Measurements are in sent-audio time, which starts at the sent stream's first frame.
 */
public final class MeasuredSeries {
  private MeasuredSeries() {}

  /**
   * The series of {@code m}; none for a quantity that was not measured.
   *
   * @param sentOriginNanos scenario time of the sent stream's first frame
   */
  public static List<MetricSeries> of(PairMeasurement m, long sentOriginNanos) {
    List<MetricSeries> out = new ArrayList<>();
    List<LatencyEstimate.Measurement> latency =
        m.latency().measurements().stream()
            .sorted(Comparator.comparingDouble(LatencyEstimate.Measurement::timeSeconds))
            .toList();
    if (!latency.isEmpty()) {
      long[] at = new long[latency.size()];
      double[] ms = new double[latency.size()];
      for (int i = 0; i < at.length; i++) {
        at[i] = sentOriginNanos + Math.round(latency.get(i).timeSeconds() * 1e9);
        ms[i] = latency.get(i).latencyMs();
      }
      out.add(new MetricSeries("measured latency", "ms", at, ms));
    }
    m.mos().map(w -> mos(w, sentOriginNanos)).filter(s -> s.size() > 0).ifPresent(out::add);
    return out;
  }

  private static MetricSeries mos(WindowedMeasuredMos windows, long sentOriginNanos) {
    List<WindowedMeasuredMos.Window> all = windows.windows();
    long[] at = new long[all.size()];
    double[] mos = new double[all.size()];
    double half = MosWindowing.DEFAULT_WINDOW_SECONDS / 2;
    for (int i = 0; i < at.length; i++) {
      at[i] = sentOriginNanos + Math.round((all.get(i).startSeconds() + half) * 1e9);
      mos[i] = all.get(i).score().mos();
    }
    return new MetricSeries("measured MOS", "MOS", at, mos);
  }
}
