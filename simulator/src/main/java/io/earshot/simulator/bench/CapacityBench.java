package io.earshot.simulator.bench;

import io.earshot.simulator.TimeMode;
import io.earshot.simulator.health.HarnessHealth;
import io.earshot.simulator.load.LoadMetric;
import io.earshot.simulator.load.LoadOutcome;
import io.earshot.simulator.load.LoadProfile;
import io.earshot.simulator.load.LoadRun;
import io.earshot.simulator.load.Shard;
import java.time.Duration;
import java.util.Locale;

/**
 * How many virtual users this machine carries: {@code users} in rooms of 2, each publishing speech
 * and playing the other (every listener decoding), for {@code seconds}. On time means the engines'
 * capture and playout clocks ticked within 10 ms of their due time; below 99.9% the harness is
 * overloaded.
 */
public final class CapacityBench {
  /** What one run measured. */
  public record Result(
      int users,
      double seconds,
      TimeMode mode,
      long ticks,
      long late,
      double cpuCores,
      double wallSeconds) {
    /** The share of clock ticks on time (1 when none ticked). */
    public double onTimeRatio() {
      return ticks == 0 ? 1 : 1 - (double) late / ticks;
    }

    public boolean ok() {
      return !HarnessHealth.overloaded(ticks, late);
    }

    /** User-seconds of call per wall second. */
    public double userSecondsPerWallSecond() {
      return users * seconds / wallSeconds;
    }

    /** One JSON line. */
    public String toJson() {
      return String.format(
          Locale.ROOT,
          "{\"users\":%d, \"seconds\":%.0f, \"mode\":\"%s\", \"on_time_ratio\":%.5f, \"cpu_cores\":%.2f,"
              + " \"wall_s\":%.2f, \"user_s_per_wall_s\":%.1f, \"verdict\":\"%s\"}",
          users,
          seconds,
          mode == TimeMode.SIMULATED ? "simulated" : "realtime",
          onTimeRatio(),
          cpuCores,
          wallSeconds,
          userSecondsPerWallSecond(),
          ok() ? "ok" : "harness overloaded");
    }
  }

  private CapacityBench() {}

  /** One run of {@code users} (even, at least 2) for {@code seconds}. */
  public static Result run(int users, double seconds, TimeMode mode, long seed) {
    if (users < 2 || users % 2 != 0 || users > 100_000) {
      throw new IllegalArgumentException(
          "expected an even number of users from 2 to 100000, found " + users);
    }
    if (!(seconds >= 1 && seconds <= 3600)) {
      throw new IllegalArgumentException("expected 1 to 3600 seconds, found " + seconds);
    }
    Duration duration = Duration.ofMillis(Math.round(seconds * 1000));
    LoadProfile profile =
        LoadProfile.speakers(
            "capacity",
            mode,
            seed,
            duration,
            users / 2,
            2,
            Duration.ofMillis(Math.min(duration.toMillis() / 3, 5_000)),
            0);
    long cpuStart = ProcessCpu.nanos();
    long wallStart = System.nanoTime();
    LoadOutcome outcome = new LoadRun(profile, Shard.WHOLE, duration.toNanos(), s -> {}).run();
    double wall = (System.nanoTime() - wallStart) / 1e9;
    double cpu = (ProcessCpu.nanos() - cpuStart) / 1e9;
    long[] onTime = outcome.results().ratios().getOrDefault(LoadMetric.ON_TIME, new long[2]);
    return new Result(users, seconds, mode, onTime[1], onTime[1] - onTime[0], cpu / wall, wall);
  }
}
