package io.earshot.engine.internal.quality;

/**
 * The full narrowband E-model of ITU-T G.107 (quality-metrics §3.1–§3.3): basic signal-to-noise
 * ratio from the noise sources, simultaneous impairments, the full delay form and the loss term.
 * The engine reports with {@link SimplifiedEModel}; this model is for tests, for checking the
 * simplified form against, and for planning what-ifs.
 */
public final class NarrowbandEModel {
  private NarrowbandEModel() {}

  /**
   * Rates a connection.
   *
   * @throws IllegalArgumentException if the parameters are so far outside G.107's ranges that a
   *     term is undefined (for instance a sidetone rating far below 0 dB)
   */
  public static EModelRating rate(EModelParameters p) {
    double no = totalNoise(p);
    double ro = 15 - 1.5 * (p.slr() + no);
    double iolr = SimultaneousImpairment.loudness(p, no);
    double ist = SimultaneousImpairment.sidetone(p);
    double iq = SimultaneousImpairment.quantisation(p, ro);
    double idte = DelayImpairment.talkerEcho(p, no, ist);
    double idle = DelayImpairment.listenerEcho(p, ro);
    double idd = DelayImpairment.pureDelay(p);
    double ieEff = LossImpairment.effectiveIe(p.ie(), p.bpl(), p.ppl(), p.burstR());
    double r = ro - (iolr + ist + iq) - (idte + idle + idd) - ieEff + p.a();
    if (!Double.isFinite(r)) {
      throw new IllegalArgumentException("E-model parameters outside the model's range: " + p);
    }
    return new EModelRating(
        no, ro, iolr, ist, iq, idte, idle, idd, ieEff, p.a(), r, MosScale.mosFromR(r));
  }

  /**
   * {@code No = 10·log10(10^(Nc/10) + 10^(Nos/10) + 10^(Nor/10) + 10^(Nfo/10))}: circuit noise,
   * room noise at both ends referred to the 0 dBr point, and the receive-side noise floor.
   */
  static double totalNoise(EModelParameters p) {
    double nos = p.ps() - p.slr() - p.ds() - 100 + 0.004 * square(p.ps() - p.olr() - p.ds() - 14);
    double pre = p.pr() + 10 * Math.log10(1 + Math.pow(10, (10 - p.lstr()) / 10));
    double nor = p.rlr() - 121 + pre + 0.008 * square(pre - 35);
    double nfo = p.nfor() + p.rlr();
    return 10
        * Math.log10(
            Math.pow(10, p.nc() / 10)
                + Math.pow(10, nos / 10)
                + Math.pow(10, nor / 10)
                + Math.pow(10, nfo / 10));
  }

  private static double square(double x) {
    return x * x;
  }
}
