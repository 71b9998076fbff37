package io.earshot.simulator.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.Direction;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.dsl.ScenarioDsl;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Whole calls in simulated time, measured from what the listener played. */
class MeasuredCallTest {
  private static final long SECOND = 1_000_000_000L;

  private static PairMeasurement speechCall(long downlinkDelayMs, double downlinkLoss) {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 42, 1_704_067_200_000L)) {
      ScenarioDsl dsl = new ScenarioDsl(sim);
      sim.addUser("alice", "alice");
      sim.addUser("bob", "bob");
      if (downlinkDelayMs > 0) {
        sim.user("bob").link().setDelay(Direction.DOWNLINK, Duration.ofMillis(downlinkDelayMs));
      }
      if (downlinkLoss > 0) {
        sim.user("bob").link().setRandomLoss(Direction.DOWNLINK, downlinkLoss);
      }
      dsl.logsIn("alice", "room1");
      dsl.logsIn("bob", "room1");
      dsl.audio().publishesSpeech("alice", "s1");
      dsl.plays("bob", "s1");
      dsl.hearsWithin("bob", "s1", 3 * SECOND);
      dsl.timePasses(20 * SECOND);
      PairMeasurement m = sim.measurements().pair("bob", "s1").orElseThrow();
      System.out.println(QualityText.describe(m));
      return m;
    }
  }

  @Test
  void aCleanSpeechCallScoresHighAndADelayShowsInTheLatency() {
    PairMeasurement clean = speechCall(0, 0);
    assertTrue(clean.mosMean() >= 4.0, clean.toString());
    PairMeasurement delayed = speechCall(100, 0);
    assertEquals(clean.latencyMeanMs() + 100, delayed.latencyMeanMs(), 2.0);
    assertTrue(clean.stages().orElseThrow().crossCheckAgrees());
  }
}
