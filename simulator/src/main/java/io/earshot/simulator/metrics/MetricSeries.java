package io.earshot.simulator.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * One quantity over a scenario's time: {@code values[i]} at scenario time {@code atNanos[i]}. Names
 * say which truth it is ("reported MOS", "measured MOS", "played level"), never just "mos".
 *
 * @param name what is measured, as a chart's title shows it
 * @param unit its unit as an axis shows it ("dBFS", "ms", "%", "" for none)
 * @param atNanos scenario times, non-decreasing
 * @param values the values; NaN for a gap
 */
public record MetricSeries(String name, String unit, long[] atNanos, double[] values) {
  public MetricSeries {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    if (atNanos.length != values.length) {
      throw new IllegalArgumentException(
          "a series needs one time per value: "
              + name
              + " has "
              + atNanos.length
              + " times and "
              + values.length
              + " values");
    }
    for (int i = 1; i < atNanos.length; i++) {
      if (atNanos[i] < atNanos[i - 1]) {
        throw new IllegalArgumentException(
            "times of "
                + name
                + " must not go backwards: "
                + atNanos[i]
                + " ns after "
                + atNanos[i - 1]);
      }
    }
    atNanos = atNanos.clone();
    values = values.clone();
  }

  /** How many points. */
  public int size() {
    return values.length;
  }

  @Override
  public long[] atNanos() {
    return atNanos.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /** The mean of the values that are not NaN; NaN if there are none. */
  public double mean() {
    return Arrays.stream(values).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricSeries s
        && name.equals(s.name)
        && unit.equals(s.unit)
        && Arrays.equals(atNanos, s.atNanos)
        && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, unit, Arrays.hashCode(atNanos), Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return "MetricSeries[" + name + " (" + unit + "), " + values.length + " points]";
  }
}
