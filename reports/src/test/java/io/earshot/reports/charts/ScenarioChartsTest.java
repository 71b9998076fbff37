package io.earshot.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.audio.SilenceSource;
import io.earshot.simulator.metrics.MetricRegistry;
import io.earshot.simulator.metrics.MetricRegistry.Entry;
import io.earshot.simulator.metrics.MetricRegistry.Pair;
import io.earshot.simulator.metrics.MetricSeries;
import io.earshot.simulator.timeline.ScenarioEventLog;
import io.earshot.simulator.timeline.ScenarioEventLog.Band;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which bands a chart shows, and which series share a chart. */
class ScenarioChartsTest {
  private static Entry entry(Pair pair, String name) {
    return new Entry(pair, new MetricSeries(name, "MOS", new long[] {0}, new double[] {1}));
  }

  @Test
  void percentilesOfOneQuantityShareAChartAndOtherSeriesHaveTheirOwn() {
    Pair scenario = new Pair(MetricRegistry.SCENARIO, MetricRegistry.SCENARIO);
    Pair bob = new Pair("bob", "s1");
    List<List<Entry>> groups =
        ScenarioCharts.groups(
            List.of(
                entry(bob, "reported MOS"),
                entry(bob, "measured MOS"),
                entry(scenario, "reported MOS p5"),
                entry(scenario, "reported MOS p50"),
                entry(scenario, "reported MOS p95")));
    assertEquals(List.of(1, 1, 3), groups.stream().map(List::size).toList());
  }

  @Test
  void aListenersChartShowsItsOwnItsPublishersAndTheServersBandsAndItsBreaks() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 42, 0)) {
      sim.publishedBy("s1", sim.addUser("alice", "alice"), new SilenceSource());
      sim.addUser("bob", "bob");
      sim.addUser("carol", "carol");
      List<Band> bands =
          List.of(
              new Band("alice", "outage", 1_000_000_000L, 2_000_000_000L),
              new Band("carol", "outage", 1_000_000_000L, 2_000_000_000L),
              new Band(
                  ScenarioEventLog.EVERY_USER,
                  "server unreachable",
                  3_000_000_000L,
                  ScenarioEventLog.OPEN),
              new Band("bob", "loss 20%", 4_000_000_000L, 5_000_000_000L));
      List<MetricRegistry.Break> breaks =
          List.of(new MetricRegistry.Break(new Pair("bob", "s1"), 1_200_000_000L, 1_500_000_000L));
      List<Shade> shades = ScenarioCharts.shadesFor(sim, new Pair("bob", "s1"), bands, breaks);
      assertEquals(
          List.of(
              new Shade("outage (alice)", 1.0, 2.0),
              new Shade("server unreachable", 3.0, Double.POSITIVE_INFINITY),
              new Shade("loss 20%", 4.0, 5.0),
              new Shade("break", 1.2, 1.5)),
          shades);
    }
  }
}
