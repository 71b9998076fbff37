package io.earshot.simulator.bench;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.dsl.ScenarioDsl;
import io.earshot.simulator.quality.PairMeasurement;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * What scoring a crowd costs (issue 13's "cheap enough for crowds"): users in rooms of four, every
 * one publishing speech and playing the other three, in simulated time; then every listener is
 * scored (measured MOS, latency, breaks). Measures the wall time of the call and of the scoring,
 * and the process's CPU time while scoring, per listener-minute.
 */
public final class CrowdScoringBench {
  /** Users per room. */
  public static final int ROOM_SIZE = 4;

  /** What one run measured. */
  public record Result(
      int users,
      double seconds,
      int pairs,
      double listenerMinutes,
      double callWallSeconds,
      double scoringWallSeconds,
      double scoringCpuSeconds,
      double p5Mos) {
    /** One JSON line. */
    public String toJson() {
      return String.format(
          Locale.ROOT,
          "{\"users\":%d, \"seconds\":%.0f, \"pairs\":%d, \"listener_minutes\":%.1f,"
              + " \"call_wall_s\":%.1f, \"scoring_wall_s\":%.1f, \"scoring_cpu_s\":%.1f,"
              + " \"scoring_cpu_s_per_listener_minute\":%.2f, \"measured_mos_p5\":%.2f}",
          users,
          seconds,
          pairs,
          listenerMinutes,
          callWallSeconds,
          scoringWallSeconds,
          scoringCpuSeconds,
          scoringCpuSeconds / listenerMinutes,
          p5Mos);
    }
  }

  private CrowdScoringBench() {}

  /**
   * @param users a multiple of {@value #ROOM_SIZE}, at most 400
   * @param seconds the call's virtual length, 10–600 s (scoring needs an 8–10 s window)
   */
  public static Result run(int users, double seconds, long seed) {
    if (users < ROOM_SIZE || users > 400 || users % ROOM_SIZE != 0) {
      throw new IllegalArgumentException(
          "users must be a multiple of " + ROOM_SIZE + " from 4 to 400, was " + users);
    }
    if (!(seconds >= 10 && seconds <= 600)) {
      throw new IllegalArgumentException(
          "the call must last 10-600 seconds (scoring needs 8-10 s windows), was " + seconds);
    }
    long start = System.nanoTime();
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, seed, 1_704_067_200_000L)) {
      ScenarioDsl dsl = new ScenarioDsl(sim);
      for (int i = 1; i <= users; i++) {
        sim.addUser("user-" + i, "user-" + i);
        dsl.logsIn("user-" + i, "room-" + ((i - 1) / ROOM_SIZE + 1));
      }
      for (int r = 1; r <= users / ROOM_SIZE; r++) {
        dsl.audio().everyonePublishesSpeechAndPlaysEveryoneElse("room-" + r);
      }
      dsl.timePasses(Math.round(seconds * 1e9));
      long called = System.nanoTime();
      long cpuBefore = ProcessCpu.nanos();
      List<PairMeasurement> pairs = sim.measurements().all();
      long cpu = ProcessCpu.nanos() - cpuBefore;
      long scored = System.nanoTime();
      double listenerMinutes =
          pairs.stream().mapToDouble(PairMeasurement::scoredSeconds).sum() / 60.0;
      double[] windows =
          pairs.stream()
              .flatMap(m -> m.mos().stream())
              .flatMap(mos -> mos.windows().stream())
              .mapToDouble(w -> w.score().mos())
              .toArray();
      double p5 =
          windows.length == 0 ? Double.NaN : new DescriptiveStatistics(windows).getPercentile(5);
      return new Result(
          users,
          seconds,
          pairs.size(),
          listenerMinutes,
          (called - start) / 1e9,
          (scored - called) / 1e9,
          cpu / 1e9,
          p5);
    }
  }
}
