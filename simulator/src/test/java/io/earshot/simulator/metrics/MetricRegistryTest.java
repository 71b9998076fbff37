package io.earshot.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.Direction;
import io.earshot.netem.DropCause;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Producers add series in one call; reports read them in the order added. */
class MetricRegistryTest {
  @Test
  void seriesComeOutInTheOrderAddedWithProvidersLastAndEmptyOnesLeftOut() {
    MetricRegistry r = new MetricRegistry();
    r.series("bob", "s1", "reported MOS", "MOS").record(1_000_000_000L, 4.1);
    r.series("bob", "s1", "reported MOS", "MOS").record(2_000_000_000L, 3.2);
    r.series("carol", "s1", "measured MOS", "MOS");
    r.add("bob", "s1", () -> new MetricSeries("jitter", "ms", new long[] {0}, new double[] {7}));
    r.addProvider(
        () ->
            List.of(
                new MetricRegistry.Entry(
                    new MetricRegistry.Pair("bob", MetricRegistry.NETWORK),
                    new MetricSeries("dropped", "1/s", new long[] {0}, new double[] {1}))));
    List<MetricRegistry.Entry> entries = r.entries();
    assertEquals(
        List.of("reported MOS", "jitter", "dropped"),
        entries.stream().map(e -> e.series().name()).toList());
    assertArrayEquals(new double[] {4.1, 3.2}, entries.get(0).series().values());
    assertEquals(3.65, entries.get(0).series().mean(), 1e-9);
  }

  @Test
  void timesMustNotGoBackwardsAndBreaksMustNotEndBeforeTheyStart() {
    MetricRegistry r = new MetricRegistry();
    SeriesRecorder s = r.series("bob", "s1", "x", "");
    s.record(5, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.record(4, 1));
    assertTrue(e.getMessage().contains("must not go backwards: 4 ns after 5 ns"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> r.breakOf("bob", "s1", 10, 9));
    r.breakOf("bob", "s1", 10, 20);
    assertEquals(
        List.of(new MetricRegistry.Break(new MetricRegistry.Pair("bob", "s1"), 10, 20)),
        r.breaks());
  }

  @Test
  void dropRatesCountPerSecondPerDirectionAndLeaveOutDirectionsWithoutDrops() {
    long[] now = {0};
    DropRateSeries drops = new DropRateSeries(() -> now[0]);
    now[0] = 1_500_000_000L;
    drops.dropped(Direction.UPLINK, new byte[0], DropCause.LOSS);
    drops.dropped(Direction.UPLINK, new byte[0], DropCause.OUTAGE);
    now[0] = 3_200_000_000L;
    List<MetricSeries> series = drops.series();
    assertEquals(1, series.size());
    assertEquals("datagrams dropped on the uplink", series.get(0).name());
    assertArrayEquals(new double[] {0, 2, 0, 0}, series.get(0).values());
    assertArrayEquals(
        new long[] {500_000_000L, 1_500_000_000L, 2_500_000_000L, 3_500_000_000L},
        series.get(0).atNanos());
  }
}
