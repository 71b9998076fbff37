package io.earshot.netem.profile;

import static io.earshot.netem.profile.ProfileChecks.fmt;

/**
 * The 4-state model from its readable parameters (spec 3.4): mean burst length {@code B}, loss
 * density in bursts {@code rho}, mean loss run in a burst {@code R}, mean gap {@code G} and
 * isolated-loss density {@code iso}, each checked, and each derived probability checked too.
 */
final class BurstyLoss {
  private BurstyLoss() {}

  static FourStateLoss fourState(double b, double rho, double runInBurst, double g, double iso) {
    if (!(b >= 1 && b <= 1e6)) {
      throw new IllegalArgumentException(
          "bursty loss: burst length B must be in [1, 1000000] packets, found " + b);
    }
    if (!(rho > 0 && rho <= 1)) {
      throw new IllegalArgumentException(
          "bursty loss: density rho must be in (0, 1], found " + rho);
    }
    if (!(g >= 1 && g <= 1e9)) {
      throw new IllegalArgumentException(
          "bursty loss: gap length G must be in [1, 1e9] packets, found " + g);
    }
    if (!(iso >= 0 && iso < 1)) {
      throw new IllegalArgumentException(
          "bursty loss: isolated-loss density must be in [0, 1), found " + iso);
    }
    double p31 = 1 / (rho * b);
    double inverseRun;
    if (Double.isNaN(runInBurst)) {
      double k = (1 - rho) / rho;
      inverseRun = (k + p31) / (1 + k);
    } else {
      if (!(runInBurst >= 1)) {
        throw new IllegalArgumentException(
            "bursty loss: mean run in burst R must be >= 1, found " + runInBurst);
      }
      inverseRun = 1 / runInBurst;
    }
    double p32 = inverseRun - p31;
    double p23 = rho >= 1 ? 1.0 : p32 / (p31 * (1 - rho) * b);
    double p14 = iso / (1 - iso);
    double p13 = (1 + p14) / g;
    String derived =
        " (from B "
            + fmt(b)
            + ", rho "
            + fmt(rho)
            + ", R "
            + fmt(1 / inverseRun)
            + ", G "
            + fmt(g)
            + ", iso "
            + fmt(iso)
            + ")";
    checkDerived("p31 = 1/(rho B)", p31, derived);
    checkDerived("p32 = 1/R - p31", p32, derived);
    checkDerived("p23 = p32/(p31 (1-rho) B)", p23, derived);
    checkDerived("p13 = (1+p14)/G", p13, derived);
    if (p13 + p14 > 1 || p31 + p32 > 1 + 1e-12) {
      throw new IllegalArgumentException(
          "bursty loss: derived p13+p14 = "
              + fmt(p13 + p14)
              + " and p31+p32 = "
              + fmt(p31 + p32)
              + " must both be <= 1"
              + derived);
    }
    return new FourStateLoss(p13, p31, Math.max(0, p32), p23, p14);
  }

  private static void checkDerived(String what, double value, String derived) {
    if (!(value >= -1e-12 && value <= 1 + 1e-12)) {
      throw new IllegalArgumentException(
          "bursty loss: derived " + what + " must be in [0, 1], found " + fmt(value) + derived);
    }
  }
}
