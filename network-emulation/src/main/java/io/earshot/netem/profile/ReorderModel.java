package io.earshot.netem.profile;

import static io.earshot.netem.profile.ProfileChecks.percent;

import java.time.Duration;

/**
 * Explicit reordering of a direction (spec 3.7). Reordered packets are exempt from the FIFO clamp;
 * other packets keep their order.
 */
public sealed interface ReorderModel
    permits ReorderModel.Netem, ReorderModel.LateByPackets, ReorderModel.LateByTime {

  /** Canonical text for reports. */
  String describe();

  /**
   * netem's {@code reorder q corr gap g}: after {@code g-1} delayed packets, each packet is sent at
   * once (no delay) with probability {@code q}, then the counter restarts. Fraction sent early
   * {@code q/(1+q(g-1))}. Needs a base delay, as in netem.
   */
  static Netem netem(double q, double correlation, int gap) {
    return new Netem(q, correlation, gap);
  }

  /** Each packet is held back with probability {@code q} so it arrives after the next m. */
  static LateByPackets late(double q, int packets) {
    return new LateByPackets(q, packets);
  }

  /** Each packet is held back {@code by} with probability {@code q}. */
  static LateByTime lateBy(double q, Duration by) {
    return new LateByTime(q, by);
  }

  /** netem-style reordering. */
  record Netem(double probability, double correlation, int gap) implements ReorderModel {
    /** q in [0, 1], correlation in [0, 1), gap in [1, 1e6]. */
    public Netem {
      ProfileChecks.probability("reorder probability", probability);
      ProfileChecks.correlation("reorder correlation", correlation);
      if (gap < 1 || gap > 1_000_000) {
        throw new IllegalArgumentException(
            "reorder gap must be in [1, 1000000] packets, found " + gap);
      }
    }

    @Override
    public String describe() {
      return "netem reorder "
          + percent(probability)
          + " corr "
          + percent(correlation)
          + " gap "
          + gap;
    }
  }

  /**
   * Earshot's native model: with probability {@code q} a packet gets an extra delay of {@code (m +
   * 1/2)} times the current packet spacing (a moving average of inter-arrival times), so with
   * regular traffic exactly the next {@code m} packets overtake it.
   */
  record LateByPackets(double probability, int packets) implements ReorderModel {
    /** q in [0, 1], m in [1, 1000]. */
    public LateByPackets {
      ProfileChecks.probability("late-packet probability", probability);
      if (packets < 1 || packets > 1000) {
        throw new IllegalArgumentException(
            "late by m packets: m must be in [1, 1000], found " + packets);
      }
    }

    @Override
    public String describe() {
      return percent(probability) + " late by " + packets + " packets";
    }
  }

  /** With probability {@code q} a packet gets {@code by} of extra delay. */
  record LateByTime(double probability, Duration by) implements ReorderModel {
    /** q in [0, 1], by in (0, 24 h]. */
    public LateByTime {
      ProfileChecks.probability("late-packet probability", probability);
      ProfileChecks.positive("late-packet extra delay", by);
    }

    @Override
    public String describe() {
      return percent(probability) + " late by " + ProfileChecks.millis(by);
    }
  }
}
