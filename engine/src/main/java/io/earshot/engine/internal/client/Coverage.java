package io.earshot.engine.internal.client;

import java.util.BitSet;

/**
 * Which values of an increasing counter (extended sequence numbers, frame indices) were seen: the
 * lowest and highest, and how many distinct ones, so that the missing ones in between can be
 * counted. Values reordered up to {@link #BEFORE_FIRST} before the first one are still told apart
 * from duplicates.
 */
final class Coverage {
  static final int BEFORE_FIRST = 1024;

  private final BitSet seen = new BitSet();
  private long base;
  private long lowest = Long.MAX_VALUE;
  private long highest = Long.MIN_VALUE;
  private long distinct;

  /** Records {@code value}; returns false if it was seen before. */
  boolean add(long value) {
    if (highest == Long.MIN_VALUE) {
      base = value - BEFORE_FIRST;
    }
    long offset = value - base;
    if (offset >= 0 && offset <= Integer.MAX_VALUE) {
      if (seen.get((int) offset)) {
        return false;
      }
      seen.set((int) offset);
    }
    distinct++;
    lowest = Math.min(lowest, value);
    highest = Math.max(highest, value);
    return true;
  }

  boolean any() {
    return highest != Long.MIN_VALUE;
  }

  long lowest() {
    return any() ? lowest : -1;
  }

  long highest() {
    return any() ? highest : -1;
  }

  long span() {
    return any() ? highest - lowest + 1 : 0;
  }

  long distinct() {
    return distinct;
  }
}
