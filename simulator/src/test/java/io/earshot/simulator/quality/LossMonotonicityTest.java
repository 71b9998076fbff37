package io.earshot.simulator.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.Direction;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.dsl.ScenarioDsl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Done-when 1 of issue 13: the measured MOS of a clean speech call is at least 4.0 and falls
 * strictly as downlink loss rises through 0, 2, 5, 10 and 20 %, in one call (the same speech for
 * every listener); and the MOS the engine reports agrees with it within 0.5 at every level.
 */
class LossMonotonicityTest {
  private static final double[] LOSS = {0, 0.02, 0.05, 0.10, 0.20};

  @Test
  void measuredMosFallsAsDownlinkLossRises() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 42, 1_704_067_200_000L)) {
      ScenarioDsl dsl = new ScenarioDsl(sim);
      sim.addUser("alice", "alice");
      // The publisher would switch in-band FEC on for the lossy listeners, at every one's cost.
      sim.user("alice").lossRecovery(false);
      dsl.logsIn("alice", "room1");
      for (double loss : LOSS) {
        String name = listener(loss);
        sim.addUser(name, name);
        sim.user(name).link().setRandomLoss(Direction.DOWNLINK, loss);
        // What the network drops must reach the ears: no retransmission, no FEC.
        sim.user(name).lossRecovery(false);
        dsl.logsIn(name, "room1");
      }
      dsl.audio().publishesSpeech("alice", "s1");
      for (double loss : LOSS) {
        dsl.plays(listener(loss), "s1");
      }
      dsl.timePasses(30_000_000_000L);
      double previous = Double.POSITIVE_INFINITY;
      List<Double> reportedMos = new ArrayList<>();
      List<Double> measuredMos = new ArrayList<>();
      StringBuilder figures = new StringBuilder();
      for (double loss : LOSS) {
        PairMeasurement m = sim.measurements().pair(listener(loss), "s1").orElseThrow();
        double reported =
            sim.quality().reported().samples(listener(loss), "s1").stream()
                .mapToDouble(ReportedQuality.Sample::mos)
                .filter(v -> v >= 0)
                .average()
                .orElseThrow();
        figures.append(
            String.format(
                Locale.ROOT,
                "%.0f%% loss: MOS %.2f (reported %.2f), concealment %.1f %%, breaks %d%n",
                100 * loss,
                m.mosMean(),
                reported,
                100 * m.concealmentRatio(),
                m.breaks().size()));
        assertTrue(m.mosMean() < previous, figures.toString());
        previous = m.mosMean();
        reportedMos.add(reported);
        measuredMos.add(m.mosMean());
      }
      // The engine's E-model is calibrated to this measured MOS (CalibratedOpusImpairment): with
      // nothing recovered, what it reports agrees with what the listener heard at every level.
      for (int i = 0; i < LOSS.length; i++) {
        assertTrue(Math.abs(reportedMos.get(i) - measuredMos.get(i)) <= 0.5, figures.toString());
      }
      System.out.print(figures);
      assertTrue(
          sim.measurements().pair(listener(0), "s1").orElseThrow().mosMean() >= 4.0,
          figures.toString());
    }
  }

  private static String listener(double loss) {
    return "bob-" + Math.round(loss * 100);
  }
}
