package io.earshot.engine.internal.quality;

/**
 * The simultaneous impairment {@code Is = Iolr + Ist + Iq} of G.107 (quality-metrics §3.1):
 * impairments that occur together with the speech signal — too low a loudness, non-optimal
 * sidetone, and quantisation distortion.
 */
public final class SimultaneousImpairment {
  private SimultaneousImpairment() {}

  /**
   * Loudness: {@code Iolr = 20·[(1 + (Xolr/8)^8)^(1/8) − Xolr/8]}, {@code Xolr = OLR + 0.2·(64 + No
   * − RLR)}.
   */
  public static double loudness(EModelParameters p, double no) {
    double x = (p.olr() + 0.2 * (64 + no - p.rlr())) / 8;
    return 20 * (Math.pow(1 + Math.pow(x, 8), 1.0 / 8) - x);
  }

  /**
   * Sidetone: {@code Ist = 12·(1 + ((STMRo − 13)/6)^8)^(1/8) − 28·(1 + ((STMRo +
   * 1)/19.4)^35)^(1/35) − 13·(1 + ((STMRo − 3)/33)^13)^(1/13) + 29}, {@code STMRo =
   * −10·log10(10^(−STMR/10) + e^(−T/4)·10^(−TELR/10))}.
   */
  public static double sidetone(EModelParameters p) {
    double stmro =
        -10
            * Math.log10(
                Math.pow(10, -p.stmr() / 10) + Math.exp(-p.t() / 4) * Math.pow(10, -p.telr() / 10));
    return 12 * Math.pow(1 + Math.pow((stmro - 13) / 6, 8), 1.0 / 8)
        - 28 * Math.pow(1 + Math.pow((stmro + 1) / 19.4, 35), 1.0 / 35)
        - 13 * Math.pow(1 + Math.pow((stmro - 3) / 33, 13), 1.0 / 13)
        + 29;
  }

  /**
   * Quantisation: {@code Iq = 15·log10(1 + 10^Y + 10^Z)}, {@code Y = (Ro − 100)/15 + 46/8.4 − G/9},
   * {@code Z = 46/30 − G/40}, {@code G = 1.07 + 0.258·Q + 0.0602·Q²}, {@code Q = 37 −
   * 15·log10(qdu)}.
   */
  public static double quantisation(EModelParameters p, double ro) {
    double q = 37 - 15 * Math.log10(p.qdu());
    double g = 1.07 + 0.258 * q + 0.0602 * q * q;
    double y = (ro - 100) / 15 + 46 / 8.4 - g / 9;
    double z = 46.0 / 30 - g / 40;
    return 15 * Math.log10(1 + Math.pow(10, y) + Math.pow(10, z));
  }
}
