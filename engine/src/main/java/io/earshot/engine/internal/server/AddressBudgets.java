package io.earshot.engine.internal.server;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * Rate budgets per source IP address (logins, rooms created), so that many connections from one
 * address share one budget. Idle addresses are forgotten, so the map stays bounded by the addresses
 * active in the last minute.
 */
final class AddressBudgets {
  private static final long FORGET_NANOS = 60_000_000_000L;

  private final Map<InetAddress, RateBudget> budgets = new HashMap<>();
  private long lastSweep;

  /** Whether {@code address} may act now; null (an in-memory peer) is not limited here. */
  boolean tryTake(InetAddress address, long nowNanos, int perSecond) {
    if (address == null) {
      return true;
    }
    if (nowNanos - lastSweep > FORGET_NANOS) {
      budgets.values().removeIf(b -> b.idleSince(nowNanos, FORGET_NANOS));
      lastSweep = nowNanos;
    }
    return budgets.computeIfAbsent(address, a -> new RateBudget()).tryTake(nowNanos, perSecond);
  }
}
