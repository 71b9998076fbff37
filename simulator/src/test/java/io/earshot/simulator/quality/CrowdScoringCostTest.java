package io.earshot.simulator.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.dsl.ScenarioDsl;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Done-when 5 of issue 13, a measurement rather than a unit test (about two minutes on the shared
 * build machine, so it runs only with {@code -Dearshot.crowd=true}): 40 users in rooms of 4, every
 * one publishing speech and playing the other three, 30 s of simulated time, every listener scored.
 * Prints wall time for the call and for scoring, and scoring CPU per listener-minute.
 */
@EnabledIfSystemProperty(named = "earshot.crowd", matches = "true")
class CrowdScoringCostTest {
  private static final int USERS = 40;
  private static final int ROOM_SIZE = 4;

  @Test
  void fortyUsersInRoomsOfFourAreScoredInUnderThreeMinutes() {
    long start = System.nanoTime();
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 42, 1_704_067_200_000L)) {
      ScenarioDsl dsl = new ScenarioDsl(sim);
      for (int i = 1; i <= USERS; i++) {
        sim.addUser("user-" + i, "user-" + i);
        dsl.logsIn("user-" + i, "room-" + ((i - 1) / ROOM_SIZE + 1));
      }
      for (int r = 1; r <= USERS / ROOM_SIZE; r++) {
        dsl.audio().everyonePublishesSpeechAndPlaysEveryoneElse("room-" + r);
      }
      dsl.timePasses(30_000_000_000L);
      long called = System.nanoTime();
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpuBefore = totalCpu(threads);
      List<PairMeasurement> pairs = sim.measurements().all();
      long cpu = totalCpu(threads) - cpuBefore;
      long scored = System.nanoTime();
      double listenerMinutes =
          pairs.stream().mapToDouble(PairMeasurement::scoredSeconds).sum() / 60.0;
      double p5 =
          new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(
                  pairs.stream()
                      .flatMap(m -> m.mos().orElseThrow().windows().stream())
                      .mapToDouble(w -> w.score().mos())
                      .toArray())
              .getPercentile(5);
      System.out.printf(
          Locale.ROOT,
          "crowd: %d pairs, %.1f listener-minutes scored; call %.1f s wall, scoring %.1f s wall,"
              + " %.1f s CPU (%.2f s CPU per listener-minute); 5th percentile MOS %.2f%n",
          pairs.size(),
          listenerMinutes,
          (called - start) / 1e9,
          (scored - called) / 1e9,
          cpu / 1e9,
          cpu / 1e9 / listenerMinutes,
          p5);
      assertTrue(pairs.size() == USERS * (ROOM_SIZE - 1), "pairs: " + pairs.size());
      assertTrue(pairs.stream().allMatch(m -> !m.latency().measurements().isEmpty()));
      assertTrue((scored - start) / 1e9 < 180, "under 3 minutes of wall time");
    }
  }

  private static long totalCpu(ThreadMXBean threads) {
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      long t = threads.getThreadCpuTime(id);
      sum += Math.max(0, t);
    }
    return sum;
  }
}
