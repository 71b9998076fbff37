package io.earshot.engine.internal.media;

/**
 * Where within a frame a steady path's audio plays against its packets' arrivals. The jitter buffer
 * moves playout by whole frames, so without this a listener would keep for the whole call the part
 * of a frame its first frame happened to start on; that part comes from how the first packets
 * arrived, which a cold start or a burst makes random (in real time, two listeners of one path
 * differed by up to 15 ms for the whole call).
 *
 * <p>While the path is steady (the buffer's target at its floor: no jitter to absorb, no
 * retransmissions awaited), this watches the longest wait of about a second of frames: from a
 * packet's arrival to the device playing the frame's first sample, on the device's steady clock.
 * The longest wait is that of the packets that came the fastest way. It tells the playout how many
 * samples to add or cut, in a quiet frame, so that wait is the buffer's initial target modulo a
 * frame: every listener of a path then hears it equally late, whatever its start, and a call that
 * starts as planned (every simulated one) is never touched. The error is taken in [−5 ms, 15 ms):
 * the first packets are the slow ones (the path is still cold), so the path found later is faster,
 * and rounding toward the shorter wait keeps the whole frames where the start put them. Under
 * jitter the fastest packet of each second lands anywhere within a frame; chasing it would cut and
 * pad the audio every second for nothing (a 50 ms jitter scenario lost 0.4 of measured MOS so).
 */
public final class PlayoutPhase {
  /** Frames watched before a correction: about a second. */
  static final int WINDOW_FRAMES = 50;

  /** An error this small is left alone. */
  static final long TOLERANCE_NANOS = 1_000_000L;

  private static final long FRAME = AdaptiveJitterBuffer.FRAME_NANOS;
  private static final double SAMPLES_PER_NANO = 48_000 / 1e9;

  private final long referenceNanos;
  private long longestWait = Long.MIN_VALUE;
  private int watched;

  /**
   * @param referenceNanos the wait, modulo a frame, that playout starts with
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
    long error = Math.floorMod(longestWait - referenceNanos + FRAME / 4, FRAME) - FRAME / 4;
    longestWait = Long.MIN_VALUE;
    watched = 0;
    return Math.abs(error) <= TOLERANCE_NANOS ? 0 : (int) -Math.round(error * SAMPLES_PER_NANO);
  }
}
