package io.earshot.engine.internal.quality;

import io.earshot.engine.StreamQualityLevel;

/**
 * The MOS the engine reports in its play and publish quality callbacks (quality-metrics §3.5, §4.4,
 * §7.2; engine-contract §4.4): the wideband simplified E-model {@code R_WB = 129 − Id(Ta) −
 * Ie,eff,WB}, MOS from {@code R_WB/1.29} clamped to [1, 4.5], and the level band of that MOS.
 *
 * <p>BurstR below 1 (loss more spread out than random, or the limit case of an interval where
 * everything was lost) is taken as 1: G.107 defines the loss term for random (1) and bursty (> 1)
 * loss, and a value below 1 would make the estimate more optimistic than random loss.
 */
public final class EngineMosEstimator {
  private final CodecImpairmentTable table;

  /**
   * @param table Ie,WB and Bpl,WB by bitrate: {@link OpusImpairmentTable} until calibrated values
   *     exist
   */
  public EngineMosEstimator(CodecImpairmentTable table) {
    if (table == null) {
      throw new IllegalArgumentException("table must not be null");
    }
    this.table = table;
  }

  /**
   * The estimate for one interval.
   *
   * @param taMs the engine's mouth-to-ear delay estimate Ta, ms (§6.2)
   * @param residualLossPercent loss the decoder saw after recovery, 0..100 percent (§3.3)
   * @param burstR burst ratio of that residual loss; values below 1 count as 1
   * @param bitsPerSecond the configured encoder bitrate
   */
  public EngineMosEstimate estimate(
      double taMs, double residualLossPercent, double burstR, int bitsPerSecond) {
    return estimate(taMs, residualLossPercent, burstR, table.forBitrate(bitsPerSecond));
  }

  /** The estimate with an explicit codec impairment (wideband scale); see the other overload. */
  public static EngineMosEstimate estimate(
      double taMs, double residualLossPercent, double burstR, CodecImpairment codec) {
    if (Double.isNaN(burstR)) {
      throw new IllegalArgumentException("expected a BurstR, found NaN");
    }
    SimplifiedRating rating =
        SimplifiedEModel.rate(
            RatingScale.WIDEBAND, taMs, codec, residualLossPercent, Math.max(1, burstR));
    double mos = Math.max(MosScale.MIN_MOS, Math.min(MosScale.MAX_MOS, rating.mos()));
    return new EngineMosEstimate(rating.r(), mos, rating);
  }

  /**
   * The level band of a MOS (engine-contract §4.4): EXCELLENT ≥ 4.0, GOOD ≥ 3.5, MEDIUM ≥ 3.0, BAD
   * below. A negative MOS is the "unknown" sentinel −1 and gives UNKNOWN. DIE depends on whether
   * media arrived at all, which a MOS cannot tell, so the caller decides it.
   *
   * @throws IllegalArgumentException if {@code mos} is NaN
   */
  public static StreamQualityLevel level(double mos) {
    if (Double.isNaN(mos)) {
      throw new IllegalArgumentException("expected a MOS, found NaN");
    }
    if (mos < 0) {
      return StreamQualityLevel.UNKNOWN;
    }
    if (mos >= 4.0) {
      return StreamQualityLevel.EXCELLENT;
    }
    if (mos >= 3.5) {
      return StreamQualityLevel.GOOD;
    }
    return mos >= 3.0 ? StreamQualityLevel.MEDIUM : StreamQualityLevel.BAD;
  }
}
