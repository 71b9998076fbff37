package io.earshot.engine.internal.quality;

/**
 * The G.107 mapping between the narrowband rating R (0..100) and MOS (1..4.5), both ways
 * (quality-metrics §3.4). Other rating scales map onto it through {@link RatingScale}.
 */
public final class MosScale {
  /** Lowest MOS. */
  public static final double MIN_MOS = 1.0;

  /** Highest MOS the E-model gives. */
  public static final double MAX_MOS = 4.5;

  private MosScale() {}

  /**
   * {@code MOS = 1 + 0.035·R + R·(R − 60)·(100 − R)·7·10⁻⁶} for 0 < R < 100, 1 at or below 0, 4.5
   * at or above 100. Exactly G.107's polynomial, including its dip just below 1 for 0 < R < 6.5
   * (minimum 0.99 at R ≈ 3.2); callers reporting a MOS clamp it.
   *
   * @throws IllegalArgumentException if {@code r} is NaN
   */
  public static double mosFromR(double r) {
    if (Double.isNaN(r)) {
      throw new IllegalArgumentException("R must be a number, found NaN");
    }
    if (r <= 0) {
      return MIN_MOS;
    }
    if (r >= 100) {
      return MAX_MOS;
    }
    return 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
  }

  /**
   * The exact inverse of {@link #mosFromR} on its increasing branch (G.107 Appendix, closed form of
   * the cubic): {@code R = (20/3)·(8 − √226·cos(h + π/3))} with {@code h = (1/3)·atan2(15·√(−903522
   * + 1113960·MOS − 202500·MOS²), 18566 − 6750·MOS)}. For MOS ≤ 1 returns 0 (every R ≤ 0 maps to 1;
   * 0 is the convention) and for MOS ≥ 4.5 returns 100. Just above MOS 1 the result starts at
   * 6.515, the upper end of the polynomial's dip, which is the branch the inverse is defined on.
   *
   * @throws IllegalArgumentException if {@code mos} is NaN
   */
  public static double rFromMos(double mos) {
    if (Double.isNaN(mos)) {
      throw new IllegalArgumentException("MOS must be a number, found NaN");
    }
    if (mos <= MIN_MOS) {
      return 0;
    }
    if (mos >= MAX_MOS) {
      return 100;
    }
    double h =
        Math.atan2(
                15 * Math.sqrt(-903_522 + 1_113_960 * mos - 202_500 * mos * mos),
                18_566 - 6_750 * mos)
            / 3;
    return 20.0 / 3 * (8 - Math.sqrt(226) * Math.cos(h + Math.PI / 3));
  }
}
