package io.earshot.simulator.bench;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.netem.Direction;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.dsl.ExpectedCallback;
import io.earshot.simulator.dsl.ScenarioDsl;
import java.util.Locale;

/**
 * A two-party call in simulated time: both users publish a tone and play each other through real
 * libopus, with random loss on each user's uplink, for a given virtual duration. Measures the wall
 * time of the whole run and the CPU time spent inside the codec.
 */
public final class SimulatedCallBench {
  /** What one run measured. */
  public record Result(
      double virtualSeconds, double wallSeconds, double codecCpuSeconds, long tasksRun) {
    /** One JSON line: {@code {"virtual_s":…, "wall_s":…, "codec_cpu_s":…}}. */
    public String toJson() {
      return String.format(
          Locale.ROOT,
          "{\"virtual_s\":%.3f, \"wall_s\":%.3f, \"codec_cpu_s\":%.3f}",
          virtualSeconds,
          wallSeconds,
          codecCpuSeconds);
    }
  }

  private SimulatedCallBench() {}

  public static Result run(double seconds, double lossPercent, long seed) {
    if (!(seconds > 0 && seconds <= 24 * 3600)) {
      throw new IllegalArgumentException(
          "call length must be in (0, 86400] seconds, was " + seconds);
    }
    if (!(lossPercent >= 0 && lossPercent <= 100)) {
      throw new IllegalArgumentException(
          "loss must be between 0 and 100 percent, was " + lossPercent);
    }
    CpuTimedCodecFactory codecs = new CpuTimedCodecFactory(AudioCodecFactory.opus());
    long wallStart = System.nanoTime();
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, seed, 0)) {
      sim.codecs(codecs);
      ScenarioDsl dsl = new ScenarioDsl(sim);
      for (String user : new String[] {"a", "b"}) {
        sim.addUser(user, user).link().setRandomLoss(Direction.UPLINK, lossPercent / 100.0);
      }
      dsl.logsIn("a", "bench");
      dsl.logsIn("b", "bench");
      dsl.receivesWithin("b", ExpectedCallback.of("onRoomStateChanged", "LOGINED"), 5_000_000_000L);
      long start = sim.clock().nowNanos();
      dsl.publishesTone("a", "a", 440);
      dsl.publishesTone("b", "b", 660);
      dsl.plays("a", "b");
      dsl.plays("b", "a");
      long callNanos = Math.round(seconds * 1e9);
      dsl.timePasses(callNanos - (sim.clock().nowNanos() - start));
      double virtual = (sim.clock().nowNanos() - start) / 1e9;
      long tasks = sim.tasksRun();
      double wall = (System.nanoTime() - wallStart) / 1e9;
      return new Result(virtual, wall, codecs.cpuNanos() / 1e9, tasks);
    }
  }
}
