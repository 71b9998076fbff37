package io.earshot.netem.internal.queue;

import io.earshot.netem.internal.outage.OutageTimeline;
import io.earshot.netem.profile.QueueDiscipline;
import io.earshot.netem.profile.RateLimit;

/**
 * What a bottleneck queue does now: how it serves, how much it holds, what it drops, and when it is
 * paused (hold-mode outages). Swapped at runtime when a profile changes; the queue's contents stay.
 */
public final class BottleneckConfig {

  /** Hold-only queues (no rate) keep netem's default of 1000 packets. */
  static final int DEFAULT_PACKETS = RateLimit.DEFAULT_QUEUE_PACKETS;

  /** Infinite rate, no limit that matters, never paused: the pass-through bottleneck. */
  public static final BottleneckConfig PASS_THROUGH =
      new BottleneckConfig(null, ServiceModel.INSTANT, null);

  final RateLimit rate;
  final ServiceModel service;
  final OutageTimeline pause;

  private BottleneckConfig(RateLimit rate, ServiceModel service, OutageTimeline pause) {
    this.rate = rate;
    this.service = service;
    this.pause = pause;
  }

  /**
   * @param rate the rate limit, or null for infinite capacity
   * @param pause hold-mode outage windows, or null
   * @param epochNanos when the profile was applied (origin of a trace)
   */
  public static BottleneckConfig of(RateLimit rate, OutageTimeline pause, long epochNanos) {
    ServiceModel service;
    if (rate == null) {
      service = ServiceModel.INSTANT;
    } else if (rate.trace() != null) {
      service = new TraceService(rate.trace(), epochNanos);
    } else {
      service = (start, wire) -> start + rate.serviceNanos(wire);
    }
    return new BottleneckConfig(rate, service, pause);
  }

  /** True for the pass-through configuration (nothing to queue for). */
  public boolean passesThrough() {
    return rate == null && pause == null;
  }

  long wireBytes(int payloadBytes) {
    return rate == null ? payloadBytes + RateLimit.IPV4_UDP_OVERHEAD : rate.wireBytes(payloadBytes);
  }

  int packetLimit() {
    if (rate == null) {
      return pause == null ? Integer.MAX_VALUE : DEFAULT_PACKETS;
    }
    return rate.queuePackets();
  }

  long byteLimit() {
    return rate == null ? 0 : rate.queueBytes();
  }

  long delayLimitNanos() {
    return rate == null ? 0 : rate.queueDelay().toNanos();
  }

  QueueDiscipline discipline() {
    return rate == null ? QueueDiscipline.DROP_TAIL : rate.discipline();
  }

  long upAt(long atNanos) {
    return pause == null ? atNanos : pause.upAt(atNanos);
  }
}
