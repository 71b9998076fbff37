package io.earshot.engine.internal.quality;

/**
 * The delay impairment Id (quality-metrics §3.2): the simplified form the engine reports with, and
 * the three terms of G.107's full form (talker echo Idte, listener echo Idle, pure delay Idd).
 */
public final class DelayImpairment {
  private static final double KNEE_MS = 177.3;

  private DelayImpairment() {}

  /**
   * Cole & Rosenbluth (2001): {@code Id = 0.024·Ta + 0.11·(Ta − 177.3)·H(Ta − 177.3)}, echo assumed
   * controlled. The published form, not the square-root variant some code uses.
   *
   * @param taMs mouth-to-ear delay, ms, >= 0
   */
  public static double simplified(double taMs) {
    if (!(taMs >= 0) || Double.isInfinite(taMs)) {
      throw new IllegalArgumentException("expected a finite delay >= 0 ms, found " + taMs);
    }
    return 0.024 * taMs + (taMs > KNEE_MS ? 0.11 * (taMs - KNEE_MS) : 0);
  }

  /**
   * Talker echo: {@code Idte = [(Roe − Re)/2 + √((Roe − Re)²/4 + 100) − 1]·(1 − e^(−T))} with
   * {@code Roe = −1.5·(No − RLR)}, {@code Re = 80 + 2.5·(TERV − 14)}.
   *
   * @param p the parameters (RLR, STMR, TELR, T)
   * @param no the total noise No, dBm0p
   * @param ist the sidetone impairment, which raises TERV when STMR < 9 dB
   */
  public static double talkerEcho(EModelParameters p, double no, double ist) {
    double t = p.t();
    double terv =
        p.telr() - 40 * Math.log10((1 + t / 10) / (1 + t / 150)) + 6 * Math.exp(-0.3 * t * t);
    if (p.stmr() < 9) {
      terv += ist / 2;
    }
    double roe = -1.5 * (no - p.rlr());
    double re = 80 + 2.5 * (terv - 14);
    double x = roe - re;
    return (x / 2 + Math.sqrt(x * x / 4 + 100) - 1) * (1 - Math.exp(-t));
  }

  /**
   * Listener echo: {@code Idle = (Ro − Rle)/2 + √((Ro − Rle)²/4 + 169)}, {@code Rle = 10.5·(WEPL +
   * 7)·(Tr + 1)^(−0.25)}.
   */
  public static double listenerEcho(EModelParameters p, double ro) {
    double rle = 10.5 * (p.wepl() + 7) * Math.pow(p.tr() + 1, -0.25);
    double x = ro - rle;
    return x / 2 + Math.sqrt(x * x / 4 + 169);
  }

  /**
   * Pure delay: 0 for {@code Ta ≤ mT}; else with {@code X = log2(Ta/mT)}: {@code Idd = 25·{(1 +
   * X^(6·sT))^(1/(6·sT)) − 3·(1 + (X/3)^(6·sT))^(1/(6·sT)) + 2}}.
   */
  public static double pureDelay(EModelParameters p) {
    if (p.ta() <= p.mT()) {
      return 0;
    }
    double x = Math.log10(p.ta() / p.mT()) / Math.log10(2);
    double k = 6 * p.sT();
    return 25
        * (Math.pow(1 + Math.pow(x, k), 1 / k) - 3 * Math.pow(1 + Math.pow(x / 3, k), 1 / k) + 2);
  }
}
