package io.earshot.simulator.quality;

import io.earshot.engine.InboundAudioStats;
import io.earshot.engine.internal.quality.CodecImpairment;
import io.earshot.engine.internal.quality.EngineMosEstimator;
import io.earshot.netem.Direction;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.dsl.ExpectedCallback;
import io.earshot.simulator.dsl.NetworkDsl;
import io.earshot.simulator.dsl.ScenarioDsl;
import io.earshot.simulator.network.ProfileCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fits the engine's Opus impairment (Ie,WB and Bpl,WB, {@code CalibratedOpusImpairment}) to the
 * harness's measured MOS, the way quality-metrics §5.5 item 3 describes. Not part of the build:
 *
 * <pre>
 * mvn -o -pl engine,network-emulation,simulator test -Dtest=EModelFitProgram \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dearshot.fit=emodel
 * </pre>
 *
 * Two seeds × one 32 s speech call with eight listeners (clean, 2–20 % random loss, 5 % in bursts
 * of 3, 10 % in bursts of 4), loss recovery off everywhere so the decoder sees the network's loss.
 * Ie is the value at which the E-model, with its delay term at the calls' Ta, gives the clean
 * listeners' measured MOS; Bpl is least squares over the lossy listeners with that Ie.
 */
@EnabledIfSystemProperty(named = "earshot.fit", matches = "emodel")
class EModelFitProgram {
  private static final String[] LISTENERS = {"l0", "l2", "l5", "l10", "l15", "l20", "b5", "b10"};
  private static final double[] RANDOM_LOSS = {0, 0.02, 0.05, 0.10, 0.15, 0.20};

  record Point(String name, double taMs, double ppl, double burstR, double measured) {}

  @Test
  void fit() {
    List<Point> points = new ArrayList<>();
    for (long seed : new long[] {42, 7}) {
      points.addAll(call(seed));
    }
    List<Point> clean = points.stream().filter(p -> p.ppl == 0).toList();
    double cleanMos = clean.stream().mapToDouble(Point::measured).average().orElseThrow();
    double cleanTa = clean.stream().mapToDouble(Point::taMs).average().orElseThrow();
    double ie = 0;
    while (mos(cleanTa, 0, 1, ie + 0.1, 10) >= cleanMos) {
      ie += 0.1;
    }
    double bestBpl = 0;
    double bestSse = Double.MAX_VALUE;
    for (double bpl = 1; bpl <= 30; bpl += 0.1) {
      double sse = 0;
      for (Point p : points) {
        if (p.ppl > 0) {
          double e = mos(p.taMs, p.ppl, p.burstR, ie, bpl) - p.measured;
          sse += e * e;
        }
      }
      if (sse < bestSse) {
        bestSse = sse;
        bestBpl = bpl;
      }
    }
    double sse = 0;
    int within = 0;
    for (Point p : points) {
      double fitted = mos(p.taMs, p.ppl, p.burstR, ie, bestBpl);
      sse += (fitted - p.measured) * (fitted - p.measured);
      within += Math.abs(fitted - p.measured) <= 0.5 ? 1 : 0;
      System.out.printf(
          Locale.ROOT,
          "%-8s Ta %5.1f ms  Ppl %5.2f %%  BurstR %4.2f  measured %.2f  fitted %.2f%n",
          p.name,
          p.taMs,
          p.ppl,
          p.burstR,
          p.measured,
          fitted);
    }
    System.out.printf(
        Locale.ROOT,
        "Ie,WB %.1f  Bpl,WB %.1f  RMSE %.3f  within 0.5: %d of %d%n",
        ie,
        bestBpl,
        Math.sqrt(sse / points.size()),
        within,
        points.size());
  }

  private static double mos(double ta, double ppl, double burstR, double ie, double bpl) {
    return EngineMosEstimator.estimate(ta, ppl, burstR, new CodecImpairment(ie, bpl)).mos();
  }

  private static List<Point> call(long seed) {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, seed, 0)) {
      ScenarioDsl dsl = new ScenarioDsl(sim);
      sim.addUser("alice", "alice");
      sim.user("alice").lossRecovery(false);
      for (int i = 0; i < LISTENERS.length; i++) {
        sim.addUser(LISTENERS[i], LISTENERS[i]);
        sim.user(LISTENERS[i]).lossRecovery(false);
        if (i < RANDOM_LOSS.length) {
          sim.user(LISTENERS[i]).link().setRandomLoss(Direction.DOWNLINK, RANDOM_LOSS[i]);
        }
      }
      NetworkDsl net = new NetworkDsl(sim, new ProfileCatalog(Optional.empty()));
      net.changes(
          NetworkDsl.Target.DOWNLINK, "b5", "has 5% loss in bursts of 3 packets on average");
      net.changes(
          NetworkDsl.Target.DOWNLINK, "b10", "has 10% loss in bursts of 4 packets on average");
      dsl.logsIn("alice", "room1");
      for (String n : LISTENERS) {
        dsl.logsIn(n, "room1");
      }
      dsl.receivesWithin(
          "l0", ExpectedCallback.of("onRoomStateChanged", "LOGINED"), 5_000_000_000L);
      dsl.publishes("alice", "s1", SourceCatalog.speech((int) (seed % 3)));
      for (String n : LISTENERS) {
        dsl.plays(n, "s1");
      }
      dsl.timePasses(32_000_000_000L);
      List<Point> points = new ArrayList<>();
      for (String n : LISTENERS) {
        InboundAudioStats s = sim.user(n).engine().getInboundAudioStats("s1");
        double ta =
            sim.quality().reported().samples(n, "s1").stream()
                .mapToDouble(q -> q.quality().peerToPeerDelay() + q.quality().delay() + 26.5)
                .average()
                .orElseThrow();
        double measured = sim.measurements().pair(n, "s1").orElseThrow().mosMean();
        points.add(
            new Point(
                n + "@" + seed, ta, 100 * s.residualLossRate(), s.residualBurstRatio(), measured));
      }
      return points;
    }
  }
}
