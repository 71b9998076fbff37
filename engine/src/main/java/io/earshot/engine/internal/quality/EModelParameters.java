package io.earshot.engine.internal.quality;

import java.util.Arrays;

/**
 * The inputs of the narrowband E-model (ITU-T G.107), named by their G.107 symbols. The one place
 * the G.107 default values are written down is {@link #DEFAULTS}; build variations with {@link
 * #builder()} (which starts from the defaults) or {@link #toBuilder()}.
 *
 * @param slr send loudness rating, dB
 * @param rlr receive loudness rating, dB
 * @param stmr sidetone masking rating, dB
 * @param lstr listener sidetone rating, dB
 * @param ds D-value of the telephone, send side
 * @param dr D-value of the telephone, receive side
 * @param telr talker echo loudness rating, dB
 * @param wepl weighted echo path loss, dB
 * @param t mean one-way delay of the echo path, ms
 * @param tr round-trip delay in a 4-wire loop, ms
 * @param ta absolute (mouth-to-ear) delay, ms
 * @param qdu number of quantisation distortion units
 * @param ie equipment impairment factor of the codec
 * @param ppl random packet-loss probability, percent 0..100
 * @param burstR burst ratio, > 0 (1 = random loss)
 * @param bpl packet-loss robustness factor of the codec, > 0
 * @param nc circuit noise referred to the 0 dBr point, dBm0p
 * @param nfor noise floor at the receive side, dBmp
 * @param ps room noise at the send side, dB(A)
 * @param pr room noise at the receive side, dB(A)
 * @param a advantage factor
 * @param mT minimum perceivable delay, ms (G.107 default 100)
 * @param sT delay sensitivity (G.107 default 1)
 */
public record EModelParameters(
    double slr,
    double rlr,
    double stmr,
    double lstr,
    double ds,
    double dr,
    double telr,
    double wepl,
    double t,
    double tr,
    double ta,
    double qdu,
    double ie,
    double ppl,
    double burstR,
    double bpl,
    double nc,
    double nfor,
    double ps,
    double pr,
    double a,
    double mT,
    double sT) {

  /**
   * G.107's default values (quality-metrics §3.1). Bpl 4.3 is G.711 without PLC; it has no effect
   * while Ppl is 0.
   */
  public static final EModelParameters DEFAULTS =
      new EModelParameters(
          8, 2, 15, 18, 3, 3, 65, 110, 0, 0, 0, 1, 0, 0, 1, 4.3, -70, -64, 35, 35, 0, 100, 1);

  /** Checks that every value is finite and the ones the formulas divide by or log are in range. */
  public EModelParameters {
    double[] all = {
      slr, rlr, stmr, lstr, ds, dr, telr, wepl, t, tr, ta, qdu, ie, ppl, burstR, bpl, nc, nfor, ps,
      pr, a, mT, sT
    };
    for (double v : all) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("E-model parameters must be finite, found " + v);
      }
    }
    require(t >= 0 && tr >= 0 && ta >= 0, "delays T, Tr, Ta must be >= 0", t, tr, ta);
    require(qdu >= 1, "qdu must be >= 1", qdu);
    require(ppl >= 0 && ppl <= 100, "Ppl must be in 0..100 percent", ppl);
    require(burstR > 0 && bpl > 0, "BurstR and Bpl must be > 0", burstR, bpl);
    require(mT > 0 && sT > 0, "mT and sT must be > 0", mT, sT);
  }

  private static void require(boolean ok, String rule, double... found) {
    if (!ok) {
      throw new IllegalArgumentException(rule + ", found " + Arrays.toString(found));
    }
  }

  /** A builder starting from {@link #DEFAULTS}. */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /** A builder starting from these values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Overall loudness rating {@code OLR = SLR + RLR}. */
  public double olr() {
    return slr + rlr;
  }

  /** Changes a few values of an {@link EModelParameters}; the rest keep theirs. */
  public static final class Builder {
    private final double[] v;

    private Builder(EModelParameters p) {
      v =
          new double[] {
            p.slr, p.rlr, p.stmr, p.lstr, p.ds, p.dr, p.telr, p.wepl, p.t, p.tr, p.ta, p.qdu, p.ie,
            p.ppl, p.burstR, p.bpl, p.nc, p.nfor, p.ps, p.pr, p.a, p.mT, p.sT
          };
    }

    private Builder set(int index, double value) {
      v[index] = value;
      return this;
    }

    /** Echo-path one-way delay T, ms. */
    public Builder t(double ms) {
      return set(8, ms);
    }

    /** Round-trip delay Tr of the 4-wire loop, ms. */
    public Builder tr(double ms) {
      return set(9, ms);
    }

    /** Absolute delay Ta, ms. */
    public Builder ta(double ms) {
      return set(10, ms);
    }

    /** Sets T = Ta = {@code oneWayMs} and Tr = twice that: one delay on an echo-free path. */
    public Builder oneWayDelay(double oneWayMs) {
      return t(oneWayMs).ta(oneWayMs).tr(2 * oneWayMs);
    }

    /** Codec impairment Ie and loss robustness Bpl. */
    public Builder codec(CodecImpairment codec) {
      return set(12, codec.ie()).set(15, codec.bpl());
    }

    /** Packet loss Ppl in percent and the burst ratio. */
    public Builder loss(double pplPercent, double burstR) {
      return set(13, pplPercent).set(14, burstR);
    }

    /** Send and receive loudness ratings. */
    public Builder loudness(double slr, double rlr) {
      return set(0, slr).set(1, rlr);
    }

    /** Sidetone masking and listener sidetone ratings. */
    public Builder sidetone(double stmr, double lstr) {
      return set(2, stmr).set(3, lstr);
    }

    /** Talker echo loudness rating and weighted echo path loss. */
    public Builder echo(double telr, double wepl) {
      return set(6, telr).set(7, wepl);
    }

    /** Quantisation distortion units. */
    public Builder qdu(double qdu) {
      return set(11, qdu);
    }

    /** Room noise at the send and receive sides, dB(A). */
    public Builder roomNoise(double ps, double pr) {
      return set(18, ps).set(19, pr);
    }

    /** Advantage factor A. */
    public Builder advantage(double a) {
      return set(20, a);
    }

    /** Delay sensitivity parameters mT (ms) and sT. */
    public Builder delaySensitivity(double mT, double sT) {
      return set(21, mT).set(22, sT);
    }

    /** The parameters, validated. */
    public EModelParameters build() {
      return new EModelParameters(
          v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
          v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21], v[22]);
    }
  }
}
