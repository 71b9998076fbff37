package io.earshot.engine.internal.quality;

/**
 * Loss figures over a run of sequence slots (quality-metrics §3.3): how many slots, how many of
 * them lost, and in how many runs of consecutive losses.
 *
 * @param expected sequence slots observed
 * @param lost slots whose packet was missing
 * @param runs maximal runs of consecutive missing slots
 */
public record LossRunStats(long expected, long lost, long runs) {

  /** Statistics of no slots at all. */
  public static final LossRunStats EMPTY = new LossRunStats(0, 0, 0);

  /** Validates that the counts are consistent. */
  public LossRunStats {
    if (expected < 0 || lost < 0 || lost > expected || runs < 0 || runs > lost) {
      throw new IllegalArgumentException(
          "expected 0 <= runs <= lost <= expected, was runs="
              + runs
              + ", lost="
              + lost
              + ", expected="
              + expected);
    }
    if (lost > 0 && runs == 0) {
      throw new IllegalArgumentException(
          "lost slots need at least one run, was runs=0, lost=" + lost);
    }
  }

  /** Packet loss in percent, {@code 100·lost/expected}; 0 for no slots. */
  public double ppl() {
    return expected == 0 ? 0 : 100.0 * lost / expected;
  }

  /** Mean length of a loss run, {@code lost/runs}; 0 when nothing was lost. */
  public double meanRunLength() {
    return runs == 0 ? 0 : (double) lost / runs;
  }

  /**
   * The burst ratio {@code meanRun·(1 − Ppl/100)}: the observed mean run over the mean run random
   * loss at the same rate would give (which is {@code 1/(1 − Ppl/100)}). 1 when nothing was lost;
   * above 1 for bursty loss, below 1 for loss more spread out than random, and 0 in the limit case
   * where every slot was lost (one run covering everything).
   */
  public double burstR() {
    if (lost == 0) {
      return 1;
    }
    return meanRunLength() * (1 - (double) lost / expected);
  }
}
