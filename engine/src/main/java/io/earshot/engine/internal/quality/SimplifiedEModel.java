package io.earshot.engine.internal.quality;

/**
 * The E-model as the engine computes it (quality-metrics §3.2 simplified Id, §3.3, §3.5): {@code R
 * = base − Id(Ta) − Ie,eff}, A = 0, on the narrowband, wideband or fullband scale.
 *
 * <p>The base is the scale's rating with no delay and no codec: on the wideband and fullband scales
 * Ro,WB = 129 and Ro,FB = 148 with Is = 0 (G.107.1/G.107.2 defaults). On the narrowband scale the
 * base is {@value #NARROWBAND_BASE}: G.107's default rating (93.206) rounded as Cole & Rosenbluth
 * and most implementations write it, which already contains Is and the listener-echo term of the
 * default connection. The spec's narrowband vectors (§3.7 rows 1–4 and 7) are reproduced with this
 * base; with the unrounded Ro − Is = 93.355 they would all be 0.155 higher.
 *
 * <p>Id is the simplified form, unscaled on every scale (the spec's [E] reading; §3.7 row 5c shows
 * the alternative of scaling it by 1.29).
 */
public final class SimplifiedEModel {
  /** The narrowband base rating: G.107's default R, rounded to 93.2. */
  public static final double NARROWBAND_BASE = 93.2;

  private SimplifiedEModel() {}

  /**
   * Rates a connection.
   *
   * @param scale the scale; {@code codec} must be on the same scale
   * @param taMs mouth-to-ear delay, ms
   * @param codec Ie and Bpl on {@code scale}
   * @param pplPercent packet loss in percent, 0..100
   * @param burstR burst ratio, > 0
   */
  public static SimplifiedRating rate(
      RatingScale scale, double taMs, CodecImpairment codec, double pplPercent, double burstR) {
    double id = DelayImpairment.simplified(taMs);
    double ieEff = LossImpairment.effectiveIe(codec, pplPercent, burstR);
    double r = base(scale) - id - ieEff;
    return new SimplifiedRating(scale, id, ieEff, r, scale.mos(r));
  }

  /** The rating of a delay-free, loss-free connection with a transparent codec on {@code scale}. */
  public static double base(RatingScale scale) {
    return scale == RatingScale.NARROWBAND ? NARROWBAND_BASE : scale.maxR();
  }
}
