package io.earshot.simulator.load;

/** A threshold with the value the run measured and whether it held. */
public record ThresholdResult(Threshold threshold, double value, boolean passed) {
  /** Evaluates {@code threshold} on {@code results}. */
  public static ThresholdResult of(Threshold threshold, LoadResults results) {
    double value = results.value(threshold.metric(), threshold.statistic());
    return new ThresholdResult(threshold, value, threshold.holds(value));
  }

  /** {@code measured_mos.p5 >= 3.5: 3.87 (passed)}. */
  public String describe() {
    return threshold.text()
        + ": measured "
        + threshold.format(value)
        + ", limit "
        + threshold.formatLimit()
        + (passed ? " (passed)" : " (FAILED)");
  }
}
