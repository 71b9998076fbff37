package io.earshot.simulator.load;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.health.HarnessHealth;
import io.earshot.simulator.load.LoadPopulation.Member;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Takes a {@link LoadSnapshot} of a running load run: cheap enough for every few seconds. */
final class LoadProgressSampler {
  /** Reported MOS over this much recent scenario time (the engines report every 3 s). */
  private static final long MOS_WINDOW_NANOS = 5_000_000_000L;

  private LoadProgressSampler() {}

  static LoadSnapshot snapshot(
      Simulation sim,
      LoadProfile profile,
      Map<String, List<Member>> present,
      int users,
      long wallNanos) {
    int joined = 0;
    long streams = 0;
    for (List<Member> room : present.values()) {
      long speakers = room.stream().filter(Member::speaker).count();
      joined += room.size();
      streams += speakers * (room.size() - 1);
    }
    long now = sim.clock().nowNanos();
    double[] mos = sim.quality().reported().mosSince(Math.max(0, now - MOS_WINDOW_NANOS));
    return new LoadSnapshot(
        now,
        profile.duration().toNanos(),
        joined,
        users,
        streams,
        percentile(mos, 5),
        percentile(mos, 50),
        HarnessHealth.of(sim.users()),
        wallNanos);
  }

  private static double percentile(double[] values, double p) {
    return values.length == 0 ? Double.NaN : new Percentile().evaluate(values, p);
  }
}
