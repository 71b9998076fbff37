package io.earshot.netem.internal.stage;

import io.earshot.netem.profile.RateLimit;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A rate limit on a byte stream (spec 3.11 {@code bandwidth}): chunks leave the bottleneck one
 * after the other at the direction's configured rate, never dropped (TCP would back off, not lose
 * data). Wire size counts 40 bytes of TCP/IPv4 headers per 1460-byte segment. A trace-driven rate
 * does not apply to streams. Draws no random numbers.
 */
public final class StreamRateStage implements PacketStage {
  /** Stage name, for counters and logs. */
  public static final String NAME = "stream-rate";

  /** TCP and IPv4 headers per segment (A). */
  static final int TCP_IP_OVERHEAD_BYTES = 40;

  private final Supplier<RateLimit> rate;
  private long lastDepartureNanos = Long.MIN_VALUE;

  /**
   * @param rate read once per chunk; null means unlimited
   */
  public StreamRateStage(Supplier<RateLimit> rate) {
    this.rate = Objects.requireNonNull(rate, "rate");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(PacketFate fate) {
    RateLimit limit = rate.get();
    if (limit == null || limit.bitsPerSecond() == 0) {
      return;
    }
    long wireBytes =
        fate.sizeBytes()
            + (long) LossAsStallStage.segments(fate.sizeBytes()) * TCP_IP_OVERHEAD_BYTES;
    long serviceNanos =
        (wireBytes * 8 * 1_000_000_000L + limit.bitsPerSecond() - 1) / limit.bitsPerSecond();
    long start = Math.max(fate.sentAtNanos(), lastDepartureNanos);
    lastDepartureNanos = start + serviceNanos;
    fate.departAt(lastDepartureNanos);
  }
}
