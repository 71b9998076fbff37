package io.earshot.simulator.measure.internal;

/**
 * Judges a normalised correlation over a range of lags by quality-metrics §6.2's rules: the highest
 * value must reach a minimum and beat the highest value more than an exclusion away from it by a
 * ratio; its position is refined by a parabola through it and its neighbours.
 *
 * @param index the peak's index in the correlation array
 * @param offset sub-sample refinement in [-0.5, 0.5]
 * @param peak the peak value
 * @param ratio the peak over the highest value outside the exclusion (infinite when nothing outside
 *     is positive)
 */
public record LagPeak(int index, double offset, double peak, double ratio) {

  /** The peak of {@code correlation} with the runner-up searched outside ±{@code exclusion}. */
  public static LagPeak find(double[] correlation, int exclusion) {
    int best = 0;
    for (int k = 1; k < correlation.length; k++) {
      if (correlation[k] > correlation[best]) {
        best = k;
      }
    }
    double second = 0;
    for (int k = 0; k < correlation.length; k++) {
      if (Math.abs(k - best) > exclusion) {
        second = Math.max(second, correlation[k]);
      }
    }
    double offset = 0;
    if (best > 0 && best < correlation.length - 1) {
      offset =
          Peaks.parabolicOffset(correlation[best - 1], correlation[best], correlation[best + 1]);
    }
    double peak = correlation[best];
    double ratio = second > 0 ? peak / second : Double.POSITIVE_INFINITY;
    return new LagPeak(best, offset, peak, ratio);
  }

  /** Whether the peak passes both rules. */
  public boolean accepted(double minPeak, double minRatio) {
    return peak >= minPeak && ratio >= minRatio;
  }
}
