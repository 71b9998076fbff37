package io.earshot.engine.internal.server;

/**
 * A token bucket: up to {@code perSecond} actions in any one second, refilled continuously on the
 * server's clock (virtual in simulated time). Not thread-safe; used on the signaling scheduler.
 */
final class RateBudget {
  private static final long SECOND = 1_000_000_000L;

  private double tokens = -1;
  private long lastNanos;

  /** Takes one token if there is one; {@code perSecond} may change between calls. */
  boolean tryTake(long nowNanos, int perSecond) {
    if (tokens < 0) {
      tokens = perSecond;
    } else {
      tokens = Math.min(perSecond, tokens + (nowNanos - lastNanos) * (double) perSecond / SECOND);
    }
    lastNanos = nowNanos;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  /** Whether the bucket has been full for a while (an idle address that can be forgotten). */
  boolean idleSince(long nowNanos, long idleNanos) {
    return nowNanos - lastNanos > idleNanos;
  }
}
