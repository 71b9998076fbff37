package io.earshot.netem.internal.stats;

/**
 * A small bounded histogram of non-negative longs (e.g. nanoseconds) with log-linear buckets: 16
 * sub-buckets per power of two, so a quantile is within about 6% of the true value, in 64 x 16
 * counters whatever the range. Count, sum and maximum are exact. Single writer; readers take a
 * consistent-enough view under the instance lock.
 */
public final class LogHistogram {

  private static final int SUB_BITS = 4;
  private static final int SUB = 1 << SUB_BITS;

  private final long[] counts = new long[64 * SUB];
  private long count;
  private long sum;
  private long max;

  /** Adds one value (negative values count as 0). */
  public synchronized void record(long value) {
    long v = Math.max(0, value);
    counts[bucket(v)]++;
    count++;
    sum += v;
    max = Math.max(max, v);
  }

  public synchronized long count() {
    return count;
  }

  public synchronized long max() {
    return max;
  }

  /** Exact mean, 0 when empty. */
  public synchronized double mean() {
    return count == 0 ? 0.0 : (double) sum / count;
  }

  /** The upper edge of the bucket holding the {@code q}-quantile (capped at the max). */
  public synchronized long quantile(double q) {
    if (count == 0) {
      return 0;
    }
    long rank = (long) Math.ceil(q * count);
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= Math.max(1, rank)) {
        return Math.min(max, upperEdge(i));
      }
    }
    return max;
  }

  static int bucket(long v) {
    if (v < SUB) {
      return (int) v;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(v);
    int shift = exponent - SUB_BITS;
    int sub = (int) (v >>> shift) & (SUB - 1);
    return (shift + 1) * SUB + sub;
  }

  static long upperEdge(int bucket) {
    if (bucket < SUB) {
      return bucket;
    }
    int shift = bucket / SUB - 1;
    long sub = bucket % SUB;
    return ((SUB + sub + 1) << shift) - 1;
  }
}
