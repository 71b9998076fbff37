package io.earshot.engine.internal.quality;

/**
 * The effective equipment impairment under packet loss (G.107 §7.4, quality-metrics §3.3): {@code
 * Ie,eff = Ie + (95 − Ie)·Ppl / (Ppl/BurstR + Bpl)}. The constant is 95 on every scale: G.107.1
 * keeps it in its wideband formula, and the spec's wideband and fullband vectors (§3.7 rows 5, 5b,
 * 6) are reproduced with 95, not with the scale's Ro.
 */
public final class LossImpairment {
  /** The loss term's constant. */
  public static final double LOSS_CONSTANT = 95;

  private LossImpairment() {}

  /**
   * Ie,eff for a codec at a loss rate.
   *
   * @param codec Ie and Bpl on the scale being rated
   * @param pplPercent packet loss, 0..100 percent
   * @param burstR burst ratio, > 0 (1 = random loss)
   */
  public static double effectiveIe(CodecImpairment codec, double pplPercent, double burstR) {
    return effectiveIe(codec.ie(), codec.bpl(), pplPercent, burstR);
  }

  /** Ie,eff from the raw constants; see {@link #effectiveIe(CodecImpairment, double, double)}. */
  public static double effectiveIe(double ie, double bpl, double pplPercent, double burstR) {
    if (!(pplPercent >= 0 && pplPercent <= 100)) {
      throw new IllegalArgumentException("expected Ppl in 0..100 percent, found " + pplPercent);
    }
    if (!(burstR > 0) || Double.isInfinite(burstR)) {
      throw new IllegalArgumentException("expected a finite BurstR > 0, found " + burstR);
    }
    return ie + (LOSS_CONSTANT - ie) * pplPercent / (pplPercent / burstR + bpl);
  }
}
