package io.earshot.engine.internal.quality;

/**
 * The three E-model rating scales (G.107, G.107.1, G.107.2; quality-metrics §3.5). A rating on a
 * wider scale maps to MOS by first dividing by {@code maxR/100}, so each scale's best rating is MOS
 * 4.5. An Ie from one scale must never be used on another.
 */
public enum RatingScale {
  /** Narrowband, 300–3400 Hz (G.107): R up to 100. */
  NARROWBAND(100),
  /** Wideband, 50–7000 Hz (G.107.1): Ro,WB = 129. */
  WIDEBAND(129),
  /** Fullband, 20–20 000 Hz (G.107.2): Ro,FB = 148. */
  FULLBAND(148);

  private final double maxR;

  RatingScale(double maxR) {
    this.maxR = maxR;
  }

  /** The scale's basic signal-to-noise ratio Ro: its best possible rating. */
  public double maxR() {
    return maxR;
  }

  /** MOS of a rating on this scale: {@link MosScale#mosFromR} of {@code r / (maxR/100)}. */
  public double mos(double r) {
    return MosScale.mosFromR(r * 100 / maxR);
  }

  /** The rating on this scale that maps to {@code mos}. */
  public double rFromMos(double mos) {
    return MosScale.rFromMos(mos) * maxR / 100;
  }
}
