package io.earshot.simulator.load;

import io.earshot.engine.random.SeededRandom;
import io.earshot.simulator.load.LoadProfile.NetworkShare;
import java.util.ArrayList;
import java.util.List;

/**
 * Who takes part in a load run, and when: rooms in order, in each room its speakers then its
 * listeners, arriving evenly over the ramp. Each user's network profile and whether it is a probe
 * follow from its name and the seed alone, so every shard of a run agrees on them.
 */
final class LoadPopulation {
  /** One user of the run. */
  record Member(
      String name,
      String room,
      boolean speaker,
      int speakerIndex,
      String network,
      boolean probe,
      long arrivalNanos) {}

  private LoadPopulation() {}

  /** The members of the rooms {@code shard} holds, in arrival order. */
  static List<Member> of(LoadProfile p, Shard shard) {
    List<Member> out = new ArrayList<>();
    int size = p.roomSize();
    long users = (long) p.rooms() * size;
    long ramp = p.ramp().toNanos();
    for (int r = 1; r <= p.rooms(); r++) {
      if (!shard.holds(r)) {
        continue;
      }
      String room = "room-" + r;
      for (int k = 0; k < size; k++) {
        long index = (long) (r - 1) * size + k;
        boolean speaker = k < p.speakers();
        String name =
            room + (speaker ? "-speaker-" + (k + 1) : "-listener-" + (k - p.speakers() + 1));
        out.add(
            new Member(
                name,
                room,
                speaker,
                (r - 1) * p.speakers() + k,
                network(p, name),
                uniform(p.seed(), "probe", name) < p.probes(),
                users <= 1 ? 0 : ramp * index / users));
      }
    }
    return out;
  }

  private static String network(LoadProfile p, String name) {
    double u = uniform(p.seed(), "network", name);
    double sum = 0;
    for (NetworkShare share : p.network()) {
      sum += share.share();
      if (u < sum) {
        return share.profile();
      }
    }
    return p.network().get(p.network().size() - 1).profile();
  }

  /** A number in [0, 1) that depends on the seed, a purpose and a name only. */
  static double uniform(long seed, String purpose, String name) {
    return (SeededRandom.derive(seed, "load", purpose, name) >>> 11) * 0x1.0p-53;
  }
}
