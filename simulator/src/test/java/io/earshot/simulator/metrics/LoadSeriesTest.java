package io.earshot.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A load run gets users and streams over time and percentiles of what its listeners share. */
class LoadSeriesTest {
  private static final long S = 1_000_000_000L;

  @Test
  void fewerThanTenUsersIsNoLoadRun() {
    LoadSeries load = new LoadSeries();
    load.userAdded(0);
    assertEquals(List.of(), load.of(List.of(), List.of(), 5 * S));
  }

  @Test
  void usersStreamsAndPercentilesPerSecond() {
    LoadSeries load = new LoadSeries();
    List<long[]> spans = new ArrayList<>();
    List<MetricRegistry.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      load.userAdded(i < 10 ? 0 : 2 * S);
      spans.add(new long[] {0, i < 10 ? 3 * S : S});
      entries.add(
          new MetricRegistry.Entry(
              new MetricRegistry.Pair("u" + i, "s" + i),
              new MetricSeries(
                  "reported MOS", "MOS", new long[] {S / 4, 2 * S + S / 4}, new double[] {i, i})));
    }
    List<MetricRegistry.Entry> out = load.of(spans, entries, 2 * S + S / 2);
    assertEquals(
        List.of(
            "users", "streams playing", "reported MOS p5", "reported MOS p50", "reported MOS p95"),
        out.stream().map(e -> e.series().name()).toList());
    assertArrayEquals(new double[] {10, 10, 20}, out.get(0).series().values());
    assertArrayEquals(new double[] {20, 10, 10}, out.get(1).series().values());
    assertEquals(1.0, out.get(2).series().values()[0]);
    assertEquals(10.0, out.get(3).series().values()[0]);
    assertEquals(19.0, out.get(4).series().values()[0]);
    assertEquals(Double.NaN, out.get(3).series().values()[1]);
  }
}
