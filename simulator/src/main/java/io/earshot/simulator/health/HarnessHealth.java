package io.earshot.simulator.health;

import io.earshot.engine.scheduling.TickLateness;
import io.earshot.simulator.VirtualUser;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the machine running the virtual users kept up: the engines' 20 ms capture and playout
 * clocks, each tick on time or late (more than 10 ms after its due time). When more than {@link
 * #MAX_LATE_SHARE} of the ticks (and at least {@link #MIN_LATE_TICKS}) were late, the run is
 * <em>harness overloaded</em>: what it measured says more about this machine than about the network
 * or the server, so it is never a pass. In simulated time every tick is on time by construction.
 *
 * @param ticks capture and playout ticks
 * @param late ticks more than 10 ms late
 * @param worstMicros the latest tick's lateness
 */
public record HarnessHealth(long ticks, long late, long worstMicros) {
  /** More than this share of late ticks marks a run as harness overloaded (0.1%). */
  public static final double MAX_LATE_SHARE = 0.001;

  /**
   * Fewer late ticks than this are a hiccup (a JIT compilation or a GC pause of a few tens of ms
   * makes a handful of ticks late), not overload, however short the run.
   */
  public static final long MIN_LATE_TICKS = 25;

  public static final HarnessHealth NONE = new HarnessHealth(0, 0, 0);

  /** The clocks of every user's engine, summed. */
  public static HarnessHealth of(Collection<VirtualUser> users) {
    long ticks = 0;
    long late = 0;
    long worst = 0;
    for (VirtualUser u : users) {
      Map<String, Long> c = u.engine().counters();
      for (String clock : new String[] {"clock.capture", "clock.playout"}) {
        ticks += c.getOrDefault(clock + ".ticks", 0L);
        late += c.getOrDefault(clock + ".late", 0L);
        worst = Math.max(worst, c.getOrDefault(clock + ".worst_us", 0L));
      }
    }
    return new HarnessHealth(ticks, late, worst);
  }

  /** The share of ticks on time (1 when none ticked). */
  public double onTimeRatio() {
    return ticks == 0 ? 1.0 : 1.0 - (double) late / ticks;
  }

  public boolean overloaded() {
    return overloaded(ticks, late);
  }

  /** More than 0.1% of {@code ticks} late, and at least {@link #MIN_LATE_TICKS} of them. */
  public static boolean overloaded(long ticks, long late) {
    return late >= MIN_LATE_TICKS && late > MAX_LATE_SHARE * ticks;
  }

  /** One line: on-time share, late ticks, worst lateness, and the verdict. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%.3f%% of %d clock ticks on time (%d more than %d ms late, worst %.1f ms)%s",
        onTimeRatio() * 100,
        ticks,
        late,
        TickLateness.LATE_NANOS / 1_000_000,
        worstMicros / 1000.0,
        overloaded() ? ": harness overloaded" : "");
  }
}
