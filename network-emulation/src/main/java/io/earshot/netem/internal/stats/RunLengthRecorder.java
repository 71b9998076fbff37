package io.earshot.netem.internal.stats;

import java.util.HashMap;
import java.util.Map;

/**
 * Loss-run and gap-length histograms (spec 3.13) over the packet index order. Decisions may be
 * recorded out of index order (a queue decides later than the stages before it); they are put back
 * in order first. Runs are counted when they end, so the run in progress is not included. Lengths
 * 1..{@value #EXACT} are counted exactly, longer ones in one overflow bucket; totals are exact.
 */
public final class RunLengthRecorder {

  /** Longest length with its own bucket. */
  public static final int EXACT = 64;

  private final Map<Long, Boolean> early = new HashMap<>();
  private final long[] lossRuns = new long[EXACT + 1];
  private final long[] gaps = new long[EXACT + 1];
  private long lossRunCount;
  private long lossRunTotal;
  private long gapCount;
  private long gapTotal;
  private long next;
  private long current;
  private boolean currentLost;

  /** Records the final decision for packet {@code index} (every index exactly once). */
  public synchronized void record(long index, boolean lost) {
    if (index != next) {
      early.put(index, lost);
      return;
    }
    account(lost);
    Boolean following;
    while ((following = early.remove(next)) != null) {
      account(following);
    }
  }

  private void account(boolean lost) {
    next++;
    if (current > 0 && lost != currentLost) {
      close();
    }
    currentLost = lost;
    current++;
  }

  private void close() {
    int bucket = (int) Math.min(current, EXACT) - 1;
    if (current > EXACT) {
      bucket = EXACT;
    }
    if (currentLost) {
      lossRuns[bucket]++;
      lossRunCount++;
      lossRunTotal += current;
    } else {
      gaps[bucket]++;
      gapCount++;
      gapTotal += current;
    }
    current = 0;
  }

  /** Completed loss runs: {@code [count, total packets, h_1..h_64, overflow]}. */
  public synchronized long[] lossRuns() {
    return snapshot(lossRunCount, lossRunTotal, lossRuns);
  }

  /** Completed gaps (runs of deliveries), same layout as {@link #lossRuns()}. */
  public synchronized long[] gaps() {
    return snapshot(gapCount, gapTotal, gaps);
  }

  private static long[] snapshot(long count, long total, long[] histogram) {
    long[] out = new long[histogram.length + 2];
    out[0] = count;
    out[1] = total;
    System.arraycopy(histogram, 0, out, 2, histogram.length);
    return out;
  }
}
