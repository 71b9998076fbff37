package io.earshot.engine.internal.quality;

/**
 * The arithmetic of the play-stream quality callback (quality-metrics §6.2 and §7.2,
 * engine-contract §4.2) that sits between the measured counters and the E-model: one-way network
 * delay, playout delay, the mouth-to-ear delay Ta the MOS uses, and end-to-end loss.
 */
public final class PlayQualityRecipe {
  /** One 20 ms frame for decode and playout, added to the jitter-buffer delay. */
  public static final double DECODE_PLAYOUT_MS = 20;

  /** Capture framing (20 ms) plus Opus's default algorithmic lookahead (6.5 ms). */
  public static final double CAPTURE_AND_CODEC_MS = 26.5;

  private PlayQualityRecipe() {}

  /**
   * {@code peerToPeerDelay}: half the publisher's RTT + the server's dwell time + half the player's
   * RTT, ms.
   */
  public static double peerToPeerDelayMs(
      double publisherRttMs, double serverDwellMs, double playerRttMs) {
    requireNonNegative(publisherRttMs, serverDwellMs, playerRttMs);
    return publisherRttMs / 2 + serverDwellMs + playerRttMs / 2;
  }

  /** {@code delay}: the interval's average jitter-buffer delay + one decode/playout frame, ms. */
  public static double playoutDelayMs(double averageJitterBufferDelayMs) {
    requireNonNegative(averageJitterBufferDelayMs);
    return averageJitterBufferDelayMs + DECODE_PLAYOUT_MS;
  }

  /** The E-model's {@code Ta = peerToPeerDelay + delay + 26.5 ms}. */
  public static double mouthToEarDelayMs(double peerToPeerDelayMs, double playoutDelayMs) {
    requireNonNegative(peerToPeerDelayMs, playoutDelayMs);
    return peerToPeerDelayMs + playoutDelayMs + CAPTURE_AND_CODEC_MS;
  }

  /**
   * {@code peerToPeerPacketLostRate = 1 − (1 − up)·(1 − down)}: a packet arrives only if it
   * survives both legs, the legs losing independently.
   *
   * @param uplinkLossRate loss on the publisher → server leg, 0..1
   * @param downlinkLossRate loss on the server → player leg, 0..1
   */
  public static double endToEndLossRate(double uplinkLossRate, double downlinkLossRate) {
    for (double rate : new double[] {uplinkLossRate, downlinkLossRate}) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("expected a loss rate in 0..1, found " + rate);
      }
    }
    return 1 - (1 - uplinkLossRate) * (1 - downlinkLossRate);
  }

  private static void requireNonNegative(double... values) {
    for (double v : values) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("expected a finite duration >= 0 ms, found " + v);
      }
    }
  }
}
