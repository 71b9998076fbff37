package io.earshot.netem.internal.queue;

import io.earshot.netem.profile.DeliveryTrace;
import java.util.Arrays;

/**
 * Mahimahi trace service (spec 3.10): opportunity {@code k} happens at {@code epoch + (k / n) P +
 * t[k mod n]} and carries {@link DeliveryTrace#OPPORTUNITY_BYTES}; bytes are served from the head
 * packet on, so small packets share an opportunity and a large one spans several; an opportunity's
 * unused bytes are lost once the queue has nothing to send. A packet is served by opportunities at
 * or after the time it starts service.
 */
final class TraceService implements ServiceModel {

  private static final long MS = 1_000_000L;

  private final long epoch;
  private final long[] offsets;
  private final long period;
  private long cursor = -1;
  private long leftover;

  TraceService(DeliveryTrace trace, long epochNanos) {
    this.epoch = epochNanos;
    long[] millis = trace.millis();
    this.offsets = new long[millis.length];
    for (int i = 0; i < millis.length; i++) {
      offsets[i] = millis[i] * MS;
    }
    this.period = trace.periodMillis() * MS;
  }

  @Override
  public long complete(long startNanos, long wireBytes) {
    long remaining = wireBytes;
    if (cursor >= 0 && leftover > 0 && time(cursor) >= startNanos) {
      long used = Math.min(leftover, remaining);
      leftover -= used;
      remaining -= used;
      if (remaining == 0) {
        return time(cursor);
      }
    }
    long k = Math.max(cursor + 1, firstAtOrAfter(startNanos));
    while (remaining > DeliveryTrace.OPPORTUNITY_BYTES) {
      remaining -= DeliveryTrace.OPPORTUNITY_BYTES;
      k++;
    }
    cursor = k;
    leftover = DeliveryTrace.OPPORTUNITY_BYTES - remaining;
    return time(k);
  }

  private long time(long k) {
    return epoch + (k / offsets.length) * period + offsets[(int) (k % offsets.length)];
  }

  private long firstAtOrAfter(long t) {
    if (t <= epoch) {
      return 0;
    }
    long loop = (t - epoch) / period;
    long within = t - epoch - loop * period;
    int i = Arrays.binarySearch(offsets, within);
    if (i < 0) {
      i = -i - 1;
    } else {
      while (i > 0 && offsets[i - 1] == within) {
        i--;
      }
    }
    if (i >= offsets.length) {
      return (loop + 1) * offsets.length;
    }
    return loop * offsets.length + i;
  }
}
