package io.earshot.engine.internal.media;

/**
 * Keeps a steady path's playout delay at one value for every listener. The jitter buffer moves
 * playout by whole frames and, between its thresholds, leaves it where it is, so without this a
 * listener would keep for the whole call whatever its first packets or a passing stall left it
 * with: the part of a frame its first frame happened to start on (from how the first packets of a
 * cold start arrived), or a frame held while the path was briefly unsteady. In real time two
 * listeners of one path differed so by up to 20 ms for the whole call.
 *
 * <p>While the path is steady (the buffer's target at its floor: no jitter to absorb, no
 * retransmissions awaited), this watches the longest wait of each second of frames: from a packet's
 * arrival to the device playing the frame's first sample, on the device's steady clock. The longest
 * wait is that of the packets that came the fastest way. It tells the playout how many samples to
 * add or cut, in a quiet frame and at most 15 ms at a time, to bring that wait to the buffer's
 * initial target, which is where a clean call starts: a call that starts as planned (every
 * simulated one) is never touched. Under jitter the fastest packet of each second lands anywhere,
 * and chasing it would cut and pad the audio every second for nothing (a 50 ms jitter scenario lost
 * 0.4 of measured MOS so), hence the gate.
 */
public final class PlayoutPhase {
  /** Frames watched before a correction: about a second. */
  static final int WINDOW_FRAMES = 50;

  /** An error this small is left alone. */
  static final long TOLERANCE_NANOS = 1_000_000L;

  /** The most one correction moves playout by: ¾ of a frame. */
  static final long MAX_STEP_NANOS = 15_000_000L;

  private static final double SAMPLES_PER_NANO = PlayoutQueue.SAMPLE_RATE_HZ / 1e9;

  private final long referenceNanos;
  private long longestWait = Long.MIN_VALUE;
  private int watched;

  /**
   * @param referenceNanos the longest wait a steady path should have
   */
  public PlayoutPhase(long referenceNanos) {
    this.referenceNanos = referenceNanos;
  }

  /**
   * A frame was played {@code waitNanos} after its packet arrived; {@code steadyPath}: the buffer's
   * target is at its floor. An unsteady moment starts the watch over.
   */
  public void played(long waitNanos, boolean steadyPath) {
    if (!steadyPath) {
      longestWait = Long.MIN_VALUE;
      watched = 0;
      return;
    }
    longestWait = Math.max(longestWait, waitNanos);
    watched++;
  }

  /**
   * Samples by which to lengthen (positive) or shorten (negative) the quiet frame being played, 0
   * when none is due; each answer after a whole window starts a new one.
   */
  public int correctionSamples() {
    if (watched < WINDOW_FRAMES) {
      return 0;
    }
    long error = Math.max(-MAX_STEP_NANOS, Math.min(MAX_STEP_NANOS, longestWait - referenceNanos));
    longestWait = Long.MIN_VALUE;
    watched = 0;
    return Math.abs(error) <= TOLERANCE_NANOS ? 0 : (int) -Math.round(error * SAMPLES_PER_NANO);
  }
}
