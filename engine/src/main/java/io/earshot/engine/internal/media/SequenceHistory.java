package io.earshot.engine.internal.media;

import java.util.Arrays;

/**
 * Remembers which extended sequence numbers were received lately, so that a copy arriving after its
 * original was already played is still counted as a duplicate, not as late. A fixed ring, no
 * allocation.
 */
final class SequenceHistory {
  private final long[] ring;

  SequenceHistory(int size) {
    ring = new long[size];
    Arrays.fill(ring, Long.MIN_VALUE);
  }

  boolean contains(long ext) {
    return ring[slot(ext)] == ext;
  }

  void add(long ext) {
    ring[slot(ext)] = ext;
  }

  private int slot(long ext) {
    return (int) Math.floorMod(ext, (long) ring.length);
  }
}
