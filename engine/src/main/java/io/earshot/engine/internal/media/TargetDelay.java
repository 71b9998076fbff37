package io.earshot.engine.internal.media;

import java.util.Arrays;

/**
 * The jitter buffer's target delay, NetEq-like: each arrival's transit (arrival time minus the
 * frame's media time) over the last couple of seconds; the target covers the chosen quantile of
 * those transits above the fastest one, plus one frame, within a floor and a ceiling; it rises at
 * once and falls by at most {@value #DECAY_PER_ARRIVAL} ns per arrival. While loss calls for
 * retransmissions, the caller may raise the floor to leave them time to arrive.
 */
final class TargetDelay {
  /** How much the target may fall per arrival: 0.2 ms, about 10 ms a second at 50 packets/s. */
  static final long DECAY_PER_ARRIVAL = 200_000L;

  private final JitterBufferConfig config;
  private final long[] transits;
  private final long[] sorted;
  private int count;
  private int next;
  private long extraFloorNanos;
  private long current;

  TargetDelay(JitterBufferConfig config) {
    this.config = config;
    this.transits = new long[config.historyPackets()];
    this.sorted = new long[transits.length];
    this.current = config.initialTargetNanos();
  }

  /** A first transmission of the frame at media time {@code mediaNanos} arrived. */
  void onArrival(long arrivalNanos, long mediaNanos) {
    transits[next] = arrivalNanos - mediaNanos;
    next = (next + 1) % transits.length;
    count = Math.min(count + 1, transits.length);
    if (count >= transits.length / 2) {
      long estimate = clamp(jitterComponent() + AdaptiveJitterBuffer.FRAME_NANOS);
      // Up at once, down slowly: a delay that swings with every burst costs a drop or an insert
      // each time, and each is heard.
      current = estimate >= current ? estimate : Math.max(estimate, current - DECAY_PER_ARRIVAL);
    }
  }

  /** A floor for retransmissions (e.g. 1.5 round trips while loss is seen), 0 for none. */
  void setRetransmissionFloor(long nanos) {
    extraFloorNanos = Math.max(0, nanos);
  }

  /** The target delay now. */
  long nanos() {
    return clamp(Math.max(current, extraFloorNanos));
  }

  /** The target the buffer would use without the retransmission floor. */
  long minimumNanos() {
    return current;
  }

  private long jitterComponent() {
    // Sorted in a scratch array: this runs for every arrival of every played stream.
    System.arraycopy(transits, 0, sorted, 0, count);
    Arrays.sort(sorted, 0, count);
    int index = (int) Math.min(count - 1, Math.ceil(config.quantile() * count) - 1);
    return sorted[Math.max(0, index)] - sorted[0];
  }

  private long clamp(long nanos) {
    return Math.max(config.minTargetNanos(), Math.min(config.maxTargetNanos(), nanos));
  }
}
