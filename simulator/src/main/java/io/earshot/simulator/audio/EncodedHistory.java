package io.earshot.simulator.audio;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Payloads keyed by the history of input that made them: a 64-bit hash chained over every frame an
 * encoder was fed and the protection it was asked for. Bounded: the oldest payloads go first (by
 * then every publisher that could share them has passed them). Thread-safe.
 */
final class EncodedHistory {
  /** The history of an encoder that was fed nothing yet. */
  static final long START = 0x5EED_0F_0BC0DECL;

  private final int maxFrames;
  private final Map<Long, byte[]> payloads = new ConcurrentHashMap<>();
  private final Queue<Long> order = new ConcurrentLinkedQueue<>();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  EncodedHistory(int maxFrames) {
    if (maxFrames < 1) {
      throw new IllegalArgumentException("expected room for at least 1 frame, found " + maxFrames);
    }
    this.maxFrames = maxFrames;
  }

  /** The history after feeding {@code pcm} with {@code protection} to one at {@code history}. */
  static long next(long history, short[] pcm, long protection) {
    long h = history * 0x9E3779B97F4A7C15L + protection;
    for (short s : pcm) {
      h = (h ^ s) * 0x100000001B3L;
    }
    // A final mix so that similar frames give unrelated keys (SplitMix64's finaliser).
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }

  byte[] get(long history) {
    byte[] p = payloads.get(history);
    (p == null ? misses : hits).incrementAndGet();
    return p;
  }

  void put(long history, byte[] payload) {
    if (payloads.putIfAbsent(history, payload) == null) {
      order.add(history);
      while (payloads.size() > maxFrames) {
        Long oldest = order.poll();
        if (oldest == null) {
          break;
        }
        payloads.remove(oldest);
      }
    }
  }

  long hits() {
    return hits.get();
  }

  long misses() {
    return misses.get();
  }
}
