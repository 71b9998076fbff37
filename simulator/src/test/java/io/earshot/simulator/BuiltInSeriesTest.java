package io.earshot.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.Direction;
import io.earshot.simulator.dsl.ExpectedCallback;
import io.earshot.simulator.dsl.ScenarioDsl;
import io.earshot.simulator.metrics.MetricRegistry;
import io.earshot.simulator.metrics.MetricSeries;
import io.earshot.simulator.quality.SourceCatalog;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A listener's pair carries its measured latency and MOS and its reported delay over time. */
class BuiltInSeriesTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aSpeechCallHasMeasuredLatencyMosAndReportedDelaySeries() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 5, 0)) {
      ScenarioDsl dsl = new ScenarioDsl(sim);
      sim.addUser("alice", "alice");
      sim.addUser("bob", "bob").link().setRandomLoss(Direction.DOWNLINK, 0.05);
      dsl.logsIn("alice", "room");
      dsl.logsIn("bob", "room");
      dsl.receivesWithin("bob", ExpectedCallback.of("onRoomStateChanged", "LOGINED"), 5 * SECOND);
      dsl.publishes("alice", "s1", SourceCatalog.speech(0));
      dsl.plays("bob", "s1");
      dsl.timePasses(20 * SECOND);
      Map<String, MetricSeries> bob =
          sim.metrics().entries().stream()
              .filter(e -> e.pair().equals(new MetricRegistry.Pair("bob", "s1")))
              .collect(Collectors.toMap(e -> e.series().name(), MetricRegistry.Entry::series));
      MetricSeries latency = bob.get("measured latency");
      MetricSeries mos = bob.get("measured MOS");
      MetricSeries delay = bob.get("reported playout delay (jitter buffer + decode)");
      assertTrue(latency != null && mos != null && delay != null, bob.keySet().toString());
      assertTrue(latency.size() > 10, "latency estimates: " + latency.size());
      assertTrue(latency.mean() > 40 && latency.mean() < 300, "latency " + latency.mean());
      assertTrue(mos.size() >= 2, "MOS windows: " + mos.size());
      assertTrue(Arrays.stream(mos.values()).allMatch(v -> v >= 1 && v <= 5), mos.toString());
      long lastWindow = mos.atNanos()[mos.size() - 1];
      assertTrue(lastWindow < sim.clock().nowNanos(), "a window's middle lies in the call");
      assertTrue(delay.mean() >= 20, "delay " + delay.mean());
    }
  }
}
