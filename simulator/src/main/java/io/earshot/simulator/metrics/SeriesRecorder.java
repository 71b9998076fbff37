package io.earshot.simulator.metrics;

import java.util.Arrays;

/**
 * Collects one series point by point as a producer measures it (on any thread); {@link #snapshot()}
 * is what charts draw. Get one from {@link MetricRegistry#series}.
 */
public final class SeriesRecorder {
  private final String name;
  private final String unit;
  private long[] atNanos = new long[64];
  private double[] values = new double[64];
  private int size;

  SeriesRecorder(String name, String unit) {
    this.name = name;
    this.unit = unit;
  }

  /** Adds a point; times must not go backwards. */
  public synchronized void record(long atNanos, double value) {
    if (size > 0 && atNanos < this.atNanos[size - 1]) {
      throw new IllegalArgumentException(
          "times of "
              + name
              + " must not go backwards: "
              + atNanos
              + " ns after "
              + this.atNanos[size - 1]
              + " ns");
    }
    if (size == values.length) {
      this.atNanos = Arrays.copyOf(this.atNanos, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    this.atNanos[size] = atNanos;
    values[size++] = value;
  }

  /** The points so far. */
  public synchronized MetricSeries snapshot() {
    return new MetricSeries(name, unit, Arrays.copyOf(atNanos, size), Arrays.copyOf(values, size));
  }
}
