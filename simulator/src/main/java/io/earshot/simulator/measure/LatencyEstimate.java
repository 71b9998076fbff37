package io.earshot.simulator.measure;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Measured mouth-to-ear latency over a call: the windows (or markers) where it could be measured,
 * and those where it could not. A gap is never filled with a guess.
 *
 * @param measurements accepted estimates, in time order
 * @param gaps rejected windows or markers, in time order
 */
public record LatencyEstimate(List<Measurement> measurements, List<Gap> gaps) {

  /**
   * One accepted estimate.
   *
   * @param timeSeconds where the window (or marker) starts in the sent audio
   * @param latencyMs how much later the played audio carries it
   * @param peak the normalised correlation peak
   * @param peakRatio the peak over the highest value outside the exclusion
   */
  public record Measurement(double timeSeconds, double latencyMs, double peak, double peakRatio) {}

  /**
   * One window or marker without an estimate.
   *
   * @param timeSeconds where it starts in the sent audio
   * @param reason why
   * @param peak the best normalised correlation found (0 when none was computed)
   * @param peakRatio the peak over the runner-up (0 when none was computed)
   */
  public record Gap(double timeSeconds, Reason reason, double peak, double peakRatio) {}

  /** Why a window or marker has no estimate. */
  public enum Reason {
    /** The sent audio is silent there: nothing to look for. */
    SILENT_SENT,
    /** The played audio over the whole lag range has not started or has ended. */
    BEYOND_PLAYED,
    /** The correlation peak is below the minimum (the played audio is silent or unrelated). */
    WEAK_PEAK,
    /** Another lag correlates almost as well (a periodic signal): the peak is not trusted. */
    AMBIGUOUS
  }

  public LatencyEstimate {
    measurements = List.copyOf(measurements);
    gaps = List.copyOf(gaps);
  }

  /** The accepted latencies, ms, in time order. */
  public double[] latenciesMs() {
    return measurements.stream().mapToDouble(Measurement::latencyMs).toArray();
  }

  /**
   * A percentile of the accepted latencies (Commons Math's default estimator); NaN when there are
   * none.
   */
  public double percentileMs(double percent) {
    return measurements.isEmpty()
        ? Double.NaN
        : new DescriptiveStatistics(latenciesMs()).getPercentile(percent);
  }
}
