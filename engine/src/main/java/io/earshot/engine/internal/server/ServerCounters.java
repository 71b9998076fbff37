package io.earshot.engine.internal.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the server refused or relayed, under stable names. Bad input is counted here instead of
 * crashing anything; reports and tests read the snapshot.
 */
public final class ServerCounters {
  private final Map<String, AtomicLong> counters = new ConcurrentSkipListMap<>();

  public void increment(String name) {
    counter(name).incrementAndGet();
  }

  /** The live counter of {@code name}, for code that counts per packet and resolves it once. */
  AtomicLong counter(String name) {
    return counters.computeIfAbsent(name, k -> new AtomicLong());
  }

  /** The current values of the counters that counted anything; absent names are zero. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counters.forEach(
        (k, v) -> {
          long value = v.get();
          if (value != 0) {
            out.put(k, value);
          }
        });
    return out;
  }

  public long get(String name) {
    AtomicLong v = counters.get(name);
    return v == null ? 0 : v.get();
  }
}
