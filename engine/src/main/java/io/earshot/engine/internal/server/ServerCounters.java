package io.earshot.engine.internal.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the server refused or relayed, under stable names. Bad input is counted here instead of crashing
 * anything; reports and tests read the snapshot.
 */
public final class ServerCounters {
  private final Map<String, AtomicLong> counters = new TreeMap<>();

  synchronized void increment(String name) {
    counters.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
  }

  /** The current values; names absent from the map are zero. */
  public synchronized Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counters.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  public synchronized long get(String name) {
    AtomicLong v = counters.get(name);
    return v == null ? 0 : v.get();
  }
}
