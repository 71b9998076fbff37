package io.earshot.engine.internal.quality;

/**
 * Counts loss runs over sequence slots fed in order (received or missing), for Ppl and BurstR
 * (quality-metrics §3.3). Keeps cumulative figures and one interval that {@link #takeInterval}
 * closes. A run that spans an interval boundary counts as a run in both intervals, each holding its
 * own part of the losses, so every interval's figures describe only its own slots. Single-threaded,
 * like the playout path that feeds it.
 */
public final class LossRunTracker {
  private long slots;
  private long lost;
  private long runs;
  private boolean previousLost;

  private long intervalStartSlots;
  private long intervalStartLost;
  private long intervalRuns;
  private boolean previousLostInInterval;

  /** Records one slot whose packet was there (decoded, recovered, in time). */
  public void onReceived() {
    slots++;
    previousLost = false;
    previousLostInInterval = false;
  }

  /** Records one slot whose packet was missing (lost, unrecovered, too late). */
  public void onLost() {
    slots++;
    lost++;
    if (!previousLost) {
      runs++;
    }
    if (!previousLostInInterval) {
      intervalRuns++;
    }
    previousLost = true;
    previousLostInInterval = true;
  }

  /** Records one slot: {@link #onReceived} or {@link #onLost}. */
  public void record(boolean received) {
    if (received) {
      onReceived();
    } else {
      onLost();
    }
  }

  /** Figures over every slot since this tracker was made. */
  public LossRunStats cumulative() {
    return new LossRunStats(slots, lost, runs);
  }

  /** Figures over the slots since the previous call (or creation), then starts a new interval. */
  public LossRunStats takeInterval() {
    LossRunStats interval =
        new LossRunStats(slots - intervalStartSlots, lost - intervalStartLost, intervalRuns);
    intervalStartSlots = slots;
    intervalStartLost = lost;
    intervalRuns = 0;
    previousLostInInterval = false;
    return interval;
  }
}
