package io.earshot.simulator.measure;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Measured MOS over a call, window by window.
 *
 * @param windows every scored window, in time order
 * @param silentWindows windows skipped because the sent audio had no speech in them
 */
public record WindowedMeasuredMos(List<Window> windows, int silentWindows) {

  /**
   * One scored window.
   *
   * @param startSeconds where the window starts in the sent audio
   * @param score its measured MOS and diagnostics
   */
  public record Window(double startSeconds, MeasuredMosScore score) {}

  public WindowedMeasuredMos {
    windows = List.copyOf(windows);
  }

  /** The call's value: the mean of the windows' MOS; NaN when no window was scored. */
  public double mean() {
    return statistics().getMean();
  }

  /**
   * A percentile of the windows' MOS (Commons Math's default estimator); NaN when none was scored.
   *
   * @param percent in (0, 100]
   */
  public double percentile(double percent) {
    return windows.isEmpty() ? Double.NaN : statistics().getPercentile(percent);
  }

  /** The lowest window's MOS; NaN when none was scored. */
  public double min() {
    return statistics().getMin();
  }

  private DescriptiveStatistics statistics() {
    DescriptiveStatistics s = new DescriptiveStatistics();
    for (Window w : windows) {
      s.addValue(w.score().mos());
    }
    return s;
  }
}
