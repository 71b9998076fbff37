package io.earshot.simulator.metrics;

import io.earshot.netem.Direction;
import io.earshot.netem.DropCause;
import io.earshot.netem.DropListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts the datagrams one user's link drops per second of scenario time, per direction (any cause:
 * loss, outage, queue): the network's side of a chart whose other side is what the listener played.
 * Fed on the link's executor.
 */
public final class DropRateSeries implements DropListener {
  private static final long BIN_NANOS = 1_000_000_000L;

  private final LongSupplier scenarioNanos;
  private final Map<Direction, long[]> bins = new EnumMap<>(Direction.class);

  /**
   * @param scenarioNanos scenario time now, read when a datagram is dropped and for the series' end
   */
  public DropRateSeries(LongSupplier scenarioNanos) {
    this.scenarioNanos = scenarioNanos;
    for (Direction d : Direction.values()) {
      bins.put(d, new long[16]);
    }
  }

  @Override
  public synchronized void dropped(Direction direction, byte[] payload, DropCause cause) {
    int bin = (int) Math.max(0, scenarioNanos.getAsLong() / BIN_NANOS);
    long[] counts = bins.get(direction);
    if (bin >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(bin + 1, counts.length * 2));
      bins.put(direction, counts);
    }
    counts[bin]++;
  }

  /**
   * One series per direction that dropped anything, a point per second (at the second's middle) up
   * to now, zeros included.
   */
  public synchronized List<MetricSeries> series() {
    int size = (int) Math.max(1, scenarioNanos.getAsLong() / BIN_NANOS + 1);
    List<MetricSeries> out = new ArrayList<>();
    for (Direction d : Direction.values()) {
      if (Arrays.stream(bins.get(d)).anyMatch(c -> c > 0)) {
        out.add(series(d, size));
      }
    }
    return out;
  }

  private MetricSeries series(Direction direction, int size) {
    long[] counts = bins.get(direction);
    long[] at = new long[size];
    double[] values = new double[size];
    for (int i = 0; i < size; i++) {
      at[i] = i * BIN_NANOS + BIN_NANOS / 2;
      values[i] = i < counts.length ? counts[i] : 0;
    }
    return new MetricSeries(
        "datagrams dropped on the " + direction.label(), "datagrams/s", at, values);
  }
}
